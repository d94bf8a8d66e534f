using System.Globalization;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Cbor;

/// <summary>
/// The smithy-rpc-v2-cbor parser (botocore's <c>RpcV2CBORParser</c>): the body is one CBOR map; structures keep
/// their modeled members (by member name), unions must have exactly one member set, and other values stay as CBOR
/// decoded them (tag-1 timestamps, byte strings). Errors read <c>__type</c> and <c>message</c> from the map as
/// awsJson does, with the <c>x-amzn-query-error</c> rewrite. Request id from <c>x-amzn-requestid</c>.
/// </summary>
public sealed class RpcV2CborParser : ResponseParserBase
{
    /// <inheritdoc />
    protected override Dictionary<string, object?> DoParse(ProtocolResponse response, Shape? shape)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (shape is not StructureShape structure)
        {
            return parsed;
        }
        if (structure.EventStreamName is { } eventName)
        {
            // As botocore does, the initial response is taken as decoded, without a shape walk.
            var stream = CreateEventStream(response, (StructureShape)structure.Members[eventName]);
            if (DecodeEventPayload(stream.GetInitialResponse().Payload) is Dictionary<string, object?> initial)
            {
                parsed = initial;
            }
            parsed[eventName] = stream;
        }
        else
        {
            ParsePayload(response, structure, parsed);
        }
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (response.Headers.TryGetValue("x-amzn-requestid", out var id))
        {
            metadata["RequestId"] = id;
        }
        parsed["ResponseMetadata"] = metadata;
        return parsed;
    }

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoErrorParse(ProtocolResponse response, Shape? shape)
    {
        var body = InitialBodyParse(response) as IDictionary<string, object?> ?? new Dictionary<string, object?>();
        var error = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Message"] = body.TryGetValue("message", out var m) ? m : body.TryGetValue("Message", out var m2) ? m2 : string.Empty,
            ["Code"] = string.Empty,
        };
        var code = body.TryGetValue("__type", out var t) && t is string s ? s : response.StatusCode.ToString(CultureInfo.InvariantCulture);
        error["Code"] = ApplyQueryCompatibleError(CleanErrorCode(code), response, error);
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (response.Headers.TryGetValue("x-amzn-requestid", out var id))
        {
            metadata["RequestId"] = id;
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["Error"] = error, ["ResponseMetadata"] = metadata };
    }

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoModeledErrorParse(ProtocolResponse response, Shape shape)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (shape is StructureShape structure)
        {
            ParsePayload(response, structure, parsed);
        }
        return parsed;
    }

    /// <inheritdoc />
    protected override object? HandleStructure(StructureShape shape, object? node)
    {
        if (shape.IsDocument)
        {
            return node;
        }
        var value = node as IDictionary<string, object?> ?? new Dictionary<string, object?>();
        if (shape.IsUnion && value.Count(p => p.Key != "__type" && p.Value is not null) != 1)
        {
            throw new ResponseParserError($"Invalid service response: {shape.Name} must have one and only one member set.");
        }
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, member) in shape.Members)
        {
            if (value.TryGetValue(name, out var raw) && raw is not null)
            {
                parsed[name] = ParseShape(member, raw);
            }
        }
        return parsed;
    }

    /// <inheritdoc />
    protected override object? DecodeEventPayload(byte[] payload) =>
        payload.Length == 0 ? new Dictionary<string, object?>(StringComparer.Ordinal) : CborDecoder.Decode(payload);

    /// <summary>Maps stay as decoded, as in botocore (no per-value shape walk).</summary>
    protected override object? HandleMap(MapShape shape, object? node) => node;

    /// <summary>Byte strings are already bytes.</summary>
    protected override object? HandleBlob(Shape shape, object? node) => node;

    /// <summary>Tag-1 timestamps are already decoded.</summary>
    protected override object? HandleTimestamp(Shape shape, object? node) => node;

    /// <summary>Floats sent as CBOR integers still come back as doubles.</summary>
    protected override object? HandleFloat(Shape shape, object? node) =>
        ValueConversions.IsNumber(node) ? ValueConversions.ToDouble(node!) : node;

    private void ParsePayload(ProtocolResponse response, StructureShape shape, Dictionary<string, object?> parsed)
    {
        if (ParseShape(shape, InitialBodyParse(response)) is IDictionary<string, object?> members)
        {
            foreach (var (key, value) in members)
            {
                parsed[key] = value;
            }
        }
    }

    private static object? InitialBodyParse(ProtocolResponse response)
    {
        var body = response.BodyStream is { } stream ? ValueConversions.ToBytes(stream) : response.Body;
        return body.Length == 0 ? null : CborDecoder.Decode(body);
    }
}
