using BotoSharp.Errors;

namespace BotoSharp.Http;

/// <summary>
/// The prepared request that signers, checksums, compression and the transport share (botocore's
/// <c>AWSRequest</c>/<c>AWSPreparedRequest</c> in one type).
/// </summary>
/// <remarks>
/// <see cref="Url"/> is the full URL string exactly as it goes on the wire (path already percent-encoded, query
/// included). It is kept as a string rather than a <see cref="Uri"/> because <see cref="Uri"/> re-normalises paths
/// and escapes, and SigV4 must see the path byte for byte. The body is either bytes, a stream, or nothing; a stream
/// remembers where it started so a retry can rewind it.
/// </remarks>
public sealed class AwsRequest
{
    private byte[]? _bytes;
    private Stream? _stream;
    private long _streamStart = -1;

    /// <summary>Creates a request.</summary>
    public AwsRequest(string method, string url)
        : this(method, url, new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }

    /// <summary>Creates a request whose <see cref="Context"/> is <paramref name="context"/> itself, as botocore's
    /// <c>request.context</c> is the call's <c>request_context</c>.</summary>
    public AwsRequest(string method, string url, Dictionary<string, object?> context)
        : this(method, url, context, new HttpHeaderList())
    {
    }

    private AwsRequest(string method, string url, Dictionary<string, object?> context, HttpHeaderList headers)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(context);
        Method = method;
        Url = url;
        Context = context;
        Headers = headers;
    }

    /// <summary>HTTP method, upper case (GET, PUT, POST…).</summary>
    public string Method { get; set; }

    /// <summary>Full URL including the query string, percent-encoded.</summary>
    public string Url { get; set; }

    /// <summary>Headers in insertion order, case-insensitive.</summary>
    public HttpHeaderList Headers { get; }

    /// <summary>Per-request values shared between handlers (botocore's <c>request.context</c>): <c>timestamp</c>,
    /// <c>payload_signing_enabled</c>, <c>checksum</c>, <c>has_streaming_input</c>, <c>is_presign_request</c>…</summary>
    public Dictionary<string, object?> Context { get; }

    /// <summary>The path S3 HMAC-v1 signs when virtual-host addressing moved the bucket out of the path
    /// (botocore's <c>auth_path</c>); null means the URL path.</summary>
    public string? AuthPath { get; set; }

    /// <summary>Whether the caller wants the response body as a stream it owns (streaming output shapes).</summary>
    public bool StreamOutput { get; set; }

    /// <summary>The body as bytes, or null when the body is a stream or empty.</summary>
    public byte[]? BodyBytes => _bytes;

    /// <summary>The body as a stream, or null when the body is bytes or empty.</summary>
    public Stream? BodyStream => _stream;

    /// <summary>Whether there is any body at all (an empty byte array counts as none, as in botocore).</summary>
    public bool HasBody => _stream is not null || (_bytes is not null && _bytes.Length > 0);

    /// <summary>Whether the body can be read again for another attempt.</summary>
    public bool CanRewind => _stream is null || _stream.CanSeek;

    /// <summary>Sets the body to bytes (null clears it).</summary>
    public void SetBody(byte[]? body)
    {
        _bytes = body;
        _stream = null;
        _streamStart = -1;
    }

    /// <summary>Sets the body to a stream; a seekable stream is rewound to its current position before each retry.</summary>
    public void SetBody(Stream body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _bytes = null;
        _stream = body;
        _streamStart = body.CanSeek ? body.Position : -1;
    }

    /// <summary>The body length when it is known without reading (bytes, or a seekable stream from its start), else null.</summary>
    public long? BodyLength
    {
        get
        {
            if (_stream is null)
            {
                return _bytes?.Length ?? 0;
            }
            return _stream.CanSeek ? _stream.Length - _streamStart : null;
        }
    }

    /// <summary>
    /// Rewinds a stream body to where it started so the next attempt sends the same bytes (botocore's
    /// <c>reset_stream</c>); bytes and empty bodies need nothing.
    /// </summary>
    /// <exception cref="UnseekableStreamError">The body is a stream that cannot seek.</exception>
    public void ResetStream()
    {
        if (_stream is null)
        {
            return;
        }
        if (!_stream.CanSeek)
        {
            throw new UnseekableStreamError(_stream.GetType().Name);
        }
        _stream.Position = _streamStart;
    }

    /// <summary>
    /// The request one more attempt sends (botocore creates a new request from its <c>request_dict</c> for every
    /// attempt): same method, URL, headers, auth path, context and body (rewound by <see cref="ResetStream"/> first).
    /// </summary>
    public AwsRequest CopyForAttempt()
    {
        // Room for what signing and the retry headers add (date, token, Authorization, invocation id, attempt, length).
        var copy = new AwsRequest(Method, Url, Context, Headers.Clone(extraCapacity: 6)) { AuthPath = AuthPath, StreamOutput = StreamOutput };
        copy._bytes = _bytes;
        copy._stream = _stream;
        copy._streamStart = _streamStart;
        return copy;
    }

    /// <summary>Reads the whole body into memory without moving a seekable stream (used to hash or compress it).</summary>
    public async Task<byte[]> ReadBodyAsync(CancellationToken cancellationToken)
    {
        if (_stream is null)
        {
            return _bytes ?? Array.Empty<byte>();
        }
        var start = _stream.CanSeek ? _stream.Position : -1;
        using var buffer = new MemoryStream();
        await _stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (start >= 0)
        {
            _stream.Position = start;
        }
        return buffer.ToArray();
    }
}
