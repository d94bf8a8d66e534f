namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>The typed serializer for a resolved protocol (every protocol botocore 1.43.11 serializes), or null for an unknown one.</summary>
internal static class TypedSerializers
{
    /// <summary>The typed serializer for <paramref name="protocol"/> (as <see cref="ProtocolFactory"/> names them), or null.</summary>
    public static ITypedSerializer? For(string protocol, TimestampPrecision precision) => protocol switch
    {
        "json" => new TypedJsonSerializer(precision),
        "rest-json" => new TypedRestSerializer(new RestJson.RestJsonSerializer(precision), () => new JsonShapeWriter(precision)),
        "query" => new TypedQuerySerializer(precision, ec2: false),
        "ec2" => new TypedQuerySerializer(precision, ec2: true),
        "rest-xml" => new TypedRestSerializer(new RestXml.RestXmlSerializer(precision), () => new XmlShapeWriter(precision)),
        "smithy-rpc-v2-cbor" => new TypedRpcV2CborSerializer(),
        _ => null,
    };
}
