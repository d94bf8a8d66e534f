using BotoSharp.Models;
using BotoSharp.Protocols.Rest;

namespace BotoSharp.Protocols.RestXml;

/// <summary>
/// botocore's rest-xml serializer: the shared REST binding (URI labels, query string, headers, payload) with XML
/// bodies rooted at the input or payload shape's <c>locationName</c>. No Content-Type is added.
/// </summary>
public sealed class RestXmlSerializer : RestSerializerBase
{
    /// <summary>Creates the serializer.</summary>
    public RestXmlSerializer(TimestampPrecision precision = TimestampPrecision.Default)
        : base(precision)
    {
    }

    /// <inheritdoc />
    protected override string DefaultTimestampFormat => "iso8601";

    /// <inheritdoc />
    protected override byte[] SerializeBodyParams(object parameters, Shape shape) =>
        new RestXmlBodyWriter(Precision).Write(parameters, shape);
}
