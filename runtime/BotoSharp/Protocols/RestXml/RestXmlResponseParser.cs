using System.Globalization;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols.Rest;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.RestXml;

/// <summary>
/// botocore's rest-xml response parser: the shared REST binding (status code, headers, prefix maps, payload) over
/// XML bodies. Errors accept S3's <c>&lt;Error&gt;</c> root, the <c>ErrorResponse</c> form of other services, and
/// bodies that are empty or not XML (code = status, message = reason phrase, ids from the headers).
/// </summary>
public sealed class RestXmlResponseParser : RestParserBase
{
    private readonly RestXmlShapeParser _xml;

    /// <summary>Creates the parser.</summary>
    /// <param name="timestampParser">Replaces botocore's timestamp parser (the test suites keep the raw text).</param>
    /// <param name="blobParser">Replaces base64 decoding of blobs.</param>
    public RestXmlResponseParser(Func<string, object?>? timestampParser = null, Func<string, object?>? blobParser = null)
    {
        _xml = new RestXmlShapeParser(timestampParser, blobParser);
    }

    /// <inheritdoc />
    protected override object? ParseShape(Shape shape, object? node) =>
        node is null ? null : _xml.Parse(shape, node);

    /// <inheritdoc />
    protected override object? HandleStructure(StructureShape shape, object? node) => ParseShape(shape, node);

    /// <inheritdoc />
    protected override object? HandleMap(MapShape shape, object? node) => ParseShape(shape, node);

    /// <inheritdoc />
    protected override object? InitialBodyParse(byte[] body) =>
        // An empty body reads as an element without children, so every body member is simply absent.
        body.Length == 0 ? new XmlNode(string.Empty, string.Empty) : XmlDocumentReader.Parse(body);

    /// <inheritdoc />
    // An event's payload is an XML document like a whole body (botocore parses it with the same parser).
    protected override object? DecodeEventPayload(byte[] payload) => InitialBodyParse(payload);

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoErrorParse(ProtocolResponse response, Shape? shape)
    {
        var body = ReadBody(response);
        if (body.Length > 0)
        {
            try
            {
                return RestXmlErrors.FromBody(body, PopulateResponseMetadata(response));
            }
            catch (ResponseParserError)
            {
                // A body that is not XML still leaves the status code and the request id headers to report.
            }
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Error"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["Code"] = response.StatusCode.ToString(CultureInfo.InvariantCulture),
                ["Message"] = HttpReasonPhrases.For(response.StatusCode),
            },
            ["ResponseMetadata"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["RequestId"] = response.Headers["x-amz-request-id"] ?? string.Empty,
                ["HostId"] = response.Headers["x-amz-id-2"] ?? string.Empty,
            },
        };
    }
}
