using BotoSharp.Models;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// The response-parsing flow botocore's parsers share, for the XML family: a status of 301 or more is an error
/// (a 5xx with an empty or HTML body becomes a generic <c>Code=&lt;status&gt;</c> error; an exception shape is parsed
/// as a modeled error without metadata); everything else is parsed against the output shape. Every dictionary result
/// then gets <c>ResponseMetadata.HTTPStatusCode</c> and lower-cased <c>HTTPHeaders</c>.
/// </summary>
public abstract class XmlResponseParser
{
    /// <summary>Creates the parser with botocore's timestamp and blob parsers, or replacements for them.</summary>
    /// <param name="timestampParser">Turns timestamp text into a value; botocore's test suites pass the text through.</param>
    /// <param name="blobParser">Turns base64 text into a value; by default the decoded bytes.</param>
    private protected XmlResponseParser(Func<string, object?>? timestampParser, Func<string, object?>? blobParser)
    {
        TimestampParser = timestampParser;
        BlobParser = blobParser;
    }

    /// <summary>The timestamp parser override, or null for botocore's.</summary>
    private protected Func<string, object?>? TimestampParser { get; }

    /// <summary>The blob parser override, or null for base64 decoding.</summary>
    private protected Func<string, object?>? BlobParser { get; }

    /// <summary>Reads shapes out of XML nodes and header strings.</summary>
    private protected abstract XmlShapeParser Shapes { get; }

    /// <summary>
    /// Parses one HTTP response against <paramref name="shape"/> (the operation's output shape, or an error shape to
    /// pick up modeled error members) and returns botocore's dictionary.
    /// </summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response headers; looked up case-insensitively.</param>
    /// <param name="body">The body: <see cref="byte"/>[] (read fully), a <see cref="Stream"/> (a streaming payload), or null.</param>
    /// <param name="shape">The shape to parse against, or null when the operation has no output.</param>
    public Dictionary<string, object?> Parse(int statusCode, IReadOnlyDictionary<string, string> headers, object? body, Shape? shape)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var response = new XmlHttpResponse(statusCode, headers, body);
        Dictionary<string, object?> parsed;
        if (statusCode >= 301)
        {
            if (IsGenericErrorResponse(response))
            {
                parsed = new Dictionary<string, object?>
                {
                    ["Error"] = new Dictionary<string, object?>
                    {
                        ["Code"] = statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["Message"] = HttpReasonPhrases.For(statusCode),
                    },
                    ["ResponseMetadata"] = new Dictionary<string, object?>(),
                };
            }
            else if (shape is { IsException: true })
            {
                // Modeled error members are merged into the error by the caller, so they carry no metadata.
                return DoModeledErrorParse(response, shape);
            }
            else
            {
                parsed = DoErrorParse(response, shape);
            }
        }
        else
        {
            parsed = DoParse(response, shape);
        }
        if (shape is { EventStream: true })
        {
            return parsed;
        }
        var metadata = parsed.TryGetValue("ResponseMetadata", out var existing) && existing is Dictionary<string, object?> m
            ? m
            : new Dictionary<string, object?>();
        metadata["HTTPStatusCode"] = (long)statusCode;
        var lowered = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            lowered[name.ToLowerInvariant()] = value;
        }
        metadata["HTTPHeaders"] = lowered;
        parsed["ResponseMetadata"] = metadata;
        return parsed;
    }

    /// <summary>Parses a success response.</summary>
    private protected abstract Dictionary<string, object?> DoParse(XmlHttpResponse response, Shape? shape);

    /// <summary>Parses an error response into <c>Error</c> (and <c>ResponseMetadata</c>).</summary>
    private protected abstract Dictionary<string, object?> DoErrorParse(XmlHttpResponse response, Shape? shape);

    /// <summary>Parses an error response against a modeled exception shape.</summary>
    private protected abstract Dictionary<string, object?> DoModeledErrorParse(XmlHttpResponse response, Shape shape);

    // A 5xx with no body or an HTML page cannot be parsed by the protocol (proxies and load balancers send these).
    private static bool IsGenericErrorResponse(XmlHttpResponse response)
    {
        if (response.StatusCode < 500)
        {
            return false;
        }
        var body = response.BodyBytes().AsSpan().Trim(" \t\r\n\f\v"u8);
        return body.IsEmpty || body.StartsWith("<html>"u8);
    }
}
