using BotoSharp.Errors;
using BotoSharp.Protocols.Cbor;
using BotoSharp.Protocols.Json;
using BotoSharp.Protocols.RestJson;
using BotoSharp.Protocols.Validation;

namespace BotoSharp.Protocols;

/// <summary>
/// Creates the serializer and parser for a protocol name as botocore's <c>create_serializer</c> and
/// <c>ResponseParserFactory.create_parser</c> do (names as in <c>metadata.protocol</c>, or
/// <see cref="Models.ServiceModel.ResolvedProtocol"/>). Serializers validate parameters first unless told not to.
/// </summary>
public static class ProtocolFactory
{
    /// <summary>Creates a serializer; unknown names raise <see cref="UnsupportedProtocolError"/>.</summary>
    public static IProtocolSerializer CreateSerializer(string protocol, bool includeValidation = true,
        TimestampPrecision precision = TimestampPrecision.Default)
    {
        IProtocolSerializer serializer = protocol switch
        {
            "json" => new JsonSerializer(precision),
            "rest-json" => new RestJsonSerializer(precision),
            "smithy-rpc-v2-cbor" => new RpcV2CborSerializer(precision),
            // One line per protocol: the XML protocols are registered here by their own part.
            _ => throw new UnsupportedProtocolError(protocol),
        };
        return includeValidation ? new ValidatingSerializer(serializer) : serializer;
    }

    /// <summary>Creates a parser; unknown names raise <see cref="UnsupportedProtocolError"/>.</summary>
    public static IProtocolParser CreateParser(string protocol) => protocol switch
    {
        "json" => new JsonParser(),
        "rest-json" => new RestJsonParser(),
        "smithy-rpc-v2-cbor" => new RpcV2CborParser(),
        _ => throw new UnsupportedProtocolError(protocol),
    };
}
