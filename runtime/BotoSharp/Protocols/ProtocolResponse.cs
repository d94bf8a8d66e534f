namespace BotoSharp.Protocols;

/// <summary>
/// An HTTP response as a protocol parser sees it (botocore's response dict: <c>status_code</c>, <c>headers</c>,
/// <c>body</c>): the body is either fully read bytes, or a stream left open for an operation whose output payload
/// streams, which the parser hands to the caller unread.
/// </summary>
public sealed class ProtocolResponse
{
    private readonly Http.AwsResponse? _source;
    private byte[]? _body;

    /// <summary>Creates a response with a buffered body.</summary>
    public ProtocolResponse(int statusCode, HeaderCollection? headers = null, byte[]? body = null)
    {
        StatusCode = statusCode;
        Headers = headers ?? new HeaderCollection();
        _body = body ?? Array.Empty<byte>();
    }

    // The transport's response, whose pooled body is read in place until someone asks for the array.
    internal ProtocolResponse(int statusCode, HeaderCollection headers, Http.AwsResponse source)
    {
        StatusCode = statusCode;
        Headers = headers;
        _source = source;
    }

    /// <summary>Creates a response whose body is a stream (a streaming output payload or an event stream).</summary>
    public ProtocolResponse(int statusCode, HeaderCollection headers, Stream bodyStream)
    {
        StatusCode = statusCode;
        Headers = headers;
        _body = Array.Empty<byte>();
        BodyStream = bodyStream;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The response headers (case-insensitive, in wire order).</summary>
    public HeaderCollection Headers { get; }

    /// <summary>The buffered body (empty when none or when <see cref="BodyStream"/> is set).</summary>
    /// <remarks>Over a transport response it is that response's <c>Content</c>, made on first read.</remarks>
    public byte[] Body => _body ??= _source!.Content ?? Array.Empty<byte>();

    /// <summary>The buffered body without a copy, for the runtime's readers: valid only during the call.</summary>
    internal ArraySegment<byte> BodySegment => _body ?? _source!.Body;

    /// <summary>The unread body stream, or null when the body is buffered.</summary>
    public Stream? BodyStream { get; }

    /// <summary>The operation the response answers (botocore's <c>context.operation_name</c>), named by event-stream errors.</summary>
    public string? OperationName { get; set; }

    /// <summary>The checksum algorithm validated on the response (botocore's <c>context.checksum.response_algorithm</c>).</summary>
    public string? ChecksumAlgorithm { get; set; }

    /// <summary>
    /// The error a JSON parser met decoding the body, when it gave botocore's <c>{"message": body}</c> in its place;
    /// the call path refuses such a success (see DESIGN-NOTES), the protocol parser itself stays botocore's.
    /// </summary>
    public System.Text.Json.JsonException? BodyDecodeError { get; internal set; }
}
