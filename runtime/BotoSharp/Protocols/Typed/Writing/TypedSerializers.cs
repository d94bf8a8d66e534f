namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>The typed serializer for a resolved protocol, or null where typed requests still go through the dictionary serializer.</summary>
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
        _ => null,
    };
}
