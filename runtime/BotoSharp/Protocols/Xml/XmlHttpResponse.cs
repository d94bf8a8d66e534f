namespace BotoSharp.Protocols.Xml;

/// <summary>
/// The parts of an HTTP response the XML parsers read, with case-insensitive header lookup (botocore's headers are
/// a case-insensitive dict) and the body read at most once.
/// </summary>
internal sealed class XmlHttpResponse
{
    private readonly object? _body;
    private byte[]? _bytes;

    /// <summary>Wraps the response parts.</summary>
    public XmlHttpResponse(int statusCode, IReadOnlyDictionary<string, string> headers, object? body)
    {
        StatusCode = statusCode;
        _body = body;
        var lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            lookup[name] = value;
        }
        Headers = lookup;
        OriginalHeaders = headers;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The headers, keyed case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The headers with their names as received (for <c>headers</c>-location prefix maps).</summary>
    public IReadOnlyDictionary<string, string> OriginalHeaders { get; }

    /// <summary>The body as given: bytes, a stream for a streaming payload, or null.</summary>
    public object? RawBody => _body;

    /// <summary>The body bytes, reading a stream body to its end on first use.</summary>
    public byte[] BodyBytes()
    {
        if (_bytes is not null)
        {
            return _bytes;
        }
        switch (_body)
        {
            case byte[] bytes:
                _bytes = bytes;
                break;
            case Stream stream:
                using (var copy = new MemoryStream())
                {
                    stream.CopyTo(copy);
                    _bytes = copy.ToArray();
                }
                break;
            case string text:
                _bytes = System.Text.Encoding.UTF8.GetBytes(text);
                break;
            default:
                _bytes = Array.Empty<byte>();
                break;
        }
        return _bytes;
    }
}
