using System.Buffers;

namespace BotoSharp.Http;

/// <summary>
/// An HTTP response as the transport returns it (botocore's <c>AWSResponse</c>): status, headers, and the body
/// either fully read (<see cref="Content"/>) or as a stream the caller owns (<see cref="RawStream"/>).
/// </summary>
/// <remarks>
/// Error responses (status ≥ 300) and non-streaming responses are read fully so the parser sees bytes; only a
/// successful response to a request with <see cref="AwsRequest.StreamOutput"/> keeps the stream open.
/// The transport reads the body into a pooled buffer: <see cref="Content"/> is an exact copy made on first read, so
/// whoever holds it keeps its own array, and the call path hands the buffer back (<see cref="ReturnBodyBuffer"/>)
/// only when no one outside the runtime could still ask for it.
/// </remarks>
public sealed class AwsResponse : IDisposable
{
    private readonly IDisposable? _owner;
    private readonly ArrayPool<byte>? _pool;
    private readonly int _length;
    private byte[]? _content;
    private byte[]? _buffer;
    private bool _bufferReturned;

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
        _content = content;
        RawStream = rawStream;
        _owner = owner;
    }

    // A body read into a buffer rented from pool: its first length bytes.
    internal AwsResponse(string url, int statusCode, HttpHeaderList headers, byte[] buffer, int length, ArrayPool<byte> pool)
    {
        Url = url;
        StatusCode = statusCode;
        Headers = headers;
        _buffer = buffer;
        _length = length;
        _pool = pool;
    }

    /// <summary>The URL that was requested.</summary>
    public string Url { get; }

    /// <summary>HTTP status code; botocore's handlers may change it (S3's "200 with an error" becomes 500 so the
    /// retry checks and the error raise see it).</summary>
    public int StatusCode { get; set; }

    /// <summary>Response headers.</summary>
    public HttpHeaderList Headers { get; }

    /// <summary>The fully read body, or null when the body is streamed.</summary>
    /// <exception cref="ObjectDisposedException">The pooled body went back to the pool before anyone read it (the
    /// call path does that only when no handler outside the runtime saw this response).</exception>
    public byte[]? Content => _content ?? (_buffer is { } buffer ? _content = buffer.AsSpan(0, _length).ToArray() : ReturnedOrNull());

    /// <summary>The body stream the caller owns (streaming success responses only), else null.</summary>
    public Stream? RawStream { get; }

    /// <summary>Whether the body was read fully (<see cref="Content"/> is not null).</summary>
    internal bool HasContent => _content is not null || _buffer is not null || _bufferReturned;

    /// <summary>The read body without a copy (empty when streamed): the exact array once made, else the pooled buffer.
    /// Only the runtime's own checks and readers use it, all before the call returns the buffer.</summary>
    /// <exception cref="ObjectDisposedException">The pooled body went back to the pool.</exception>
    internal ArraySegment<byte> Body => _content ?? (_buffer is { } buffer ? new ArraySegment<byte>(buffer, 0, _length) : ReturnedOrNull() ?? ArraySegment<byte>.Empty);

    /// <summary>
    /// Hands the pooled buffer back (once; later calls do nothing). The caller guarantees no one reads it any more:
    /// the runtime's readers have finished and no handler outside the runtime's known rows saw this response.
    /// </summary>
    /// <returns>Whether a buffer went back to the pool.</returns>
    internal bool ReturnBodyBuffer()
    {
        if (_buffer is null)
        {
            return false;
        }
        // Marked first, so a late reader meets the exception rather than a body that looks absent.
        _bufferReturned = true;
        if (Interlocked.Exchange(ref _buffer, null) is not { } buffer)
        {
            return false;
        }
        _pool!.Return(buffer);
        return true;
    }

    private byte[]? ReturnedOrNull() => _bufferReturned && _content is null
        ? throw new ObjectDisposedException(nameof(AwsResponse), "The response body went back to the buffer pool after the call.")
        : _content;

    /// <summary>Releases the stream and the underlying connection.</summary>
    public void Dispose()
    {
        RawStream?.Dispose();
        _owner?.Dispose();
    }
}
