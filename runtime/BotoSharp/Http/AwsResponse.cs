namespace BotoSharp.Http;

/// <summary>
/// An HTTP response as the transport returns it (botocore's <c>AWSResponse</c>): status, headers, and the body
/// either fully read (<see cref="Content"/>) or as a stream the caller owns (<see cref="RawStream"/>).
/// </summary>
/// <remarks>
/// Error responses (status ≥ 300) and non-streaming responses are read fully so the parser sees bytes; only a
/// successful response to a request with <see cref="AwsRequest.StreamOutput"/> keeps the stream open.
/// </remarks>
public sealed class AwsResponse : IDisposable
{
    private readonly IDisposable? _owner;

    /// <summary>Creates a response.</summary>
    /// <param name="url">The URL that was requested.</param>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="headers">Response headers (lower-case lookups work on any case).</param>
    /// <param name="content">The whole body, or null when streaming.</param>
    /// <param name="rawStream">The body stream when streaming, else null.</param>
    /// <param name="owner">Disposed with the response (the underlying HTTP message), may be null.</param>
    public AwsResponse(string url, int statusCode, HttpHeaderList headers, byte[]? content, Stream? rawStream, IDisposable? owner = null)
    {
        Url = url;
        StatusCode = statusCode;
        Headers = headers;
        Content = content;
        RawStream = rawStream;
        _owner = owner;
    }

    /// <summary>The URL that was requested.</summary>
    public string Url { get; }

    /// <summary>HTTP status code.</summary>
    public int StatusCode { get; set; }

    /// <summary>Response headers.</summary>
    public HttpHeaderList Headers { get; }

    /// <summary>The fully read body, or null when the body is streamed.</summary>
    public byte[]? Content { get; }

    /// <summary>The body stream the caller owns (streaming success responses only), else null.</summary>
    public Stream? RawStream { get; }

    /// <summary>Releases the stream and the underlying connection.</summary>
    public void Dispose()
    {
        RawStream?.Dispose();
        _owner?.Dispose();
    }
}
