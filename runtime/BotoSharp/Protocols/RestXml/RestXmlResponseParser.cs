using System.Globalization;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.RestXml;

/// <summary>
/// botocore's rest-xml response parser: members are read from the status code, headers (single, comma lists,
/// prefix maps) and the body (the payload member alone when the shape names one, a string/blob payload kept raw);
/// <c>ResponseMetadata</c> comes from <c>x-amzn-requestid</c> or <c>x-amz-request-id</c> + <c>x-amz-id-2</c>.
/// Errors accept S3's <c>&lt;Error&gt;</c> root, the <c>ErrorResponse</c> form of other services, and bodies that
/// are empty or not XML (code = status, message = reason phrase).
/// </summary>
public sealed class RestXmlResponseParser : XmlResponseParser
{
    private readonly RestXmlShapeParser _shapes;

    /// <summary>Creates the parser.</summary>
    /// <param name="timestampParser">Replaces botocore's timestamp parser (the test suites keep the raw text).</param>
    /// <param name="blobParser">Replaces base64 decoding of blobs.</param>
    public RestXmlResponseParser(Func<string, object?>? timestampParser = null, Func<string, object?>? blobParser = null)
        : base(timestampParser, blobParser)
    {
        _shapes = new RestXmlShapeParser(timestampParser, blobParser);
    }

    private protected override XmlShapeParser Shapes => _shapes;

    private protected override Dictionary<string, object?> DoParse(XmlHttpResponse response, Shape? shape)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ResponseMetadata"] = ResponseMetadataFromHeaders(response),
        };
        AddModeledParse(response, shape, parsed);
        return parsed;
    }

    private protected override Dictionary<string, object?> DoModeledErrorParse(XmlHttpResponse response, Shape shape)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        AddModeledParse(response, shape, parsed);
        return parsed;
    }

    private protected override Dictionary<string, object?> DoErrorParse(XmlHttpResponse response, Shape? shape)
    {
        if (response.BodyBytes().Length > 0)
        {
            try
            {
                return RestXmlErrors.FromBody(response.BodyBytes(), ResponseMetadataFromHeaders(response));
            }
            catch (ResponseParserError)
            {
                // A body that is not XML still leaves the status code and the request id headers to report.
            }
        }
        return new Dictionary<string, object?>
        {
            ["Error"] = new Dictionary<string, object?>
            {
                ["Code"] = response.StatusCode.ToString(CultureInfo.InvariantCulture),
                ["Message"] = HttpReasonPhrases.For(response.StatusCode),
            },
            ["ResponseMetadata"] = new Dictionary<string, object?>
            {
                ["RequestId"] = response.Headers.GetValueOrDefault("x-amz-request-id", string.Empty),
                ["HostId"] = response.Headers.GetValueOrDefault("x-amz-id-2", string.Empty),
            },
        };
    }

    private static Dictionary<string, object?> ResponseMetadataFromHeaders(XmlHttpResponse response)
    {
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (response.Headers.TryGetValue("x-amzn-requestid", out var amzn))
        {
            metadata["RequestId"] = amzn;
        }
        else if (response.Headers.TryGetValue("x-amz-request-id", out var amz))
        {
            metadata["RequestId"] = amz;
            // S3 calls the x-amz-id-2 value HostId in its XML bodies, so the metadata uses that name too.
            metadata["HostId"] = response.Headers.GetValueOrDefault("x-amz-id-2", string.Empty);
        }
        return metadata;
    }

    private void AddModeledParse(XmlHttpResponse response, Shape? shape, Dictionary<string, object?> parsed)
    {
        if (shape is not StructureShape structure)
        {
            return;
        }
        ParseNonPayloadMembers(response, structure, parsed);
        ParsePayload(response, structure, parsed);
    }

    private void ParseNonPayloadMembers(XmlHttpResponse response, StructureShape shape, Dictionary<string, object?> parsed)
    {
        foreach (var (name, member) in shape.Members)
        {
            switch (member.Location)
            {
                case "statusCode":
                    parsed[name] = _shapes.Parse(member, response.StatusCode.ToString(CultureInfo.InvariantCulture));
                    break;
                case "headers":
                    parsed[name] = HeaderMap(member, response.OriginalHeaders);
                    break;
                case "header":
                    if (response.Headers.TryGetValue(member.LocationName ?? name, out var value))
                    {
                        parsed[name] = _shapes.Parse(member, value);
                    }
                    break;
            }
        }
    }

    private void ParsePayload(XmlHttpResponse response, StructureShape shape, Dictionary<string, object?> parsed)
    {
        if (shape.Payload is { } payloadName && shape.Members.TryGetValue(payloadName, out var payload))
        {
            if (payload.EventStream || payload.TypeName is "string" or "blob")
            {
                // A string/blob payload is the raw body; bytes are decoded as UTF-8, a stream is handed over as is.
                // Event streams are decoded lazily by the call path from the same stream.
                parsed[payloadName] = response.RawBody switch
                {
                    byte[] bytes => Encoding.UTF8.GetString(bytes),
                    null => string.Empty,
                    var other => other,
                };
                return;
            }
            parsed[payloadName] = _shapes.Parse(payload, InitialBodyParse(response));
            return;
        }
        if (_shapes.Parse(shape, InitialBodyParse(response)) is Dictionary<string, object?> body)
        {
            foreach (var (key, value) in body)
            {
                parsed[key] = value;
            }
        }
    }

    // An empty body parses as an element with no children, so every body member is simply absent.
    private static XmlNode InitialBodyParse(XmlHttpResponse response)
    {
        var bytes = response.BodyBytes();
        return bytes.Length == 0 ? new XmlNode(string.Empty, string.Empty) : XmlDocumentReader.Parse(bytes);
    }

    private static Dictionary<string, object?> HeaderMap(Shape shape, IReadOnlyDictionary<string, string> headers)
    {
        var prefix = (shape.LocationName ?? string.Empty).ToLowerInvariant();
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            if (name.ToLowerInvariant().StartsWith(prefix, StringComparison.Ordinal))
            {
                map[name[prefix.Length..]] = value;
            }
        }
        return map;
    }
}
