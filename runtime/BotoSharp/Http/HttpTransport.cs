using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BotoSharp.Errors;

namespace BotoSharp.Http;

/// <summary>
/// Sends <see cref="AwsRequest"/>s over <see cref="HttpClient"/> + <see cref="SocketsHttpHandler"/> (botocore's
/// <c>URLLib3Session</c>): pooled connections, connect/read timeouts, proxies, TLS options, no redirects, no
/// decompression, and failures mapped to botocore's connection errors.
/// </summary>
/// <remarks>
/// The read timeout is per operation, like a socket timeout: waiting for response headers, each body read, and
/// request-body progress each get the full <see cref="HttpTransportOptions.ReadTimeout"/>; a slow but steady
/// download never times out. Tests swap the handler for a fake with the <c>handler</c> constructor argument.
/// </remarks>
public sealed partial class HttpTransport : IHttpTransport, IAttemptSender, IDisposable
{
    // Beyond this a declared Content-Length is not trusted for one up-front allocation.
    private const int MaxPresizedBody = 64 * 1024 * 1024;
    // The first buffer of a body without a Content-Length (chunked), doubled as it fills.
    private const int UnsizedBodyStart = 16 * 1024;

    private static readonly HashSet<string> s_contentHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Content-MD5", "Content-Encoding", "Content-Language", "Content-Disposition",
        "Content-Range", "Content-Location", "Expires", "Last-Modified", "Allow",
    };

    // Lets the connect callback tell the request's read timer that a connection is being made.
    private static readonly HttpRequestOptionsKey<IdleTimeout> s_timeoutOption = new("BotoSharp.IdleTimeout");

    // BotoSharp's own handler is called straight through an invoker: HttpClient would link a cancellation source
    // to every request (the read timeout makes each token cancellable) and adds nothing this transport uses.
    private readonly HttpMessageInvoker _invoker;
    // A caller's HttpClient is sent through as a client (its overrides and settings apply).
    private readonly HttpClient? _callerClient;
    private readonly bool _ownsClient = true;
    private readonly HttpTransportOptions _options;
    private readonly ProxyResolver _proxies;
    // Whether the handler is BotoSharp's socket handler, whose connect callback finds the attempt's read timeout
    // through the request's options; any other handler never reads them, so the options dictionary is not made.
    private readonly bool _ownHandler;
    private ParsedUrl? _lastUri;
    // The read timeout of the last attempt that ended normally, started again by the next one.
    private IdleTimeout? _spareTimeout;

    /// <summary>Creates a transport; <paramref name="handler"/> replaces the socket handler (tests).</summary>
    public HttpTransport(HttpTransportOptions? options = null, HttpMessageHandler? handler = null)
    {
        _options = options ?? new HttpTransportOptions();
        _proxies = _options.Proxies ?? ProxyResolver.FromEnvironment();
        // Timeouts are enforced per operation by IdleTimeout, not as a whole-call deadline.
        _invoker = new HttpMessageInvoker(handler ?? CreateHandler(_options, _proxies), disposeHandler: true);
        _ownHandler = handler is null;
    }

    /// <summary>
    /// Creates a transport over a caller's <see cref="HttpClient"/> (e.g. from <c>IHttpClientFactory</c>): its handlers,
    /// proxy and TLS settings apply instead of <paramref name="options"/>' own, and it is never disposed here.
    /// The read timeout still applies per read.
    /// </summary>
    public HttpTransport(HttpTransportOptions options, HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _options = options ?? new HttpTransportOptions();
        _proxies = _options.Proxies ?? ProxyResolver.FromEnvironment();
        _invoker = _callerClient = client;
        _ownsClient = false;
    }

    // Over BotoSharp's own handler shared by every transport with the same connection settings (never disposed here).
    internal HttpTransport(HttpTransportOptions options, HttpMessageInvoker shared)
    {
        _options = options;
        _proxies = _options.Proxies ?? ProxyResolver.FromEnvironment();
        _invoker = shared;
        _ownsClient = false;
        _ownHandler = true;
    }

    /// <summary>The options in use.</summary>
    public HttpTransportOptions Options => _options;

    /// <summary>Where response bodies are read to (tests count what goes back).</summary>
    internal ArrayPool<byte> BodyPool { get; init; } = ArrayPool<byte>.Shared;

    /// <summary>
    /// Sends one attempt. Success responses to <see cref="AwsRequest.StreamOutput"/> requests keep the body as a
    /// stream the caller must dispose; everything else is read fully.
    /// </summary>
    /// <exception cref="EndpointConnectionError">The host could not be resolved or reached.</exception>
    /// <exception cref="ConnectTimeoutError">Connecting took longer than the connect timeout.</exception>
    /// <exception cref="ReadTimeoutError">The server sent nothing for longer than the read timeout.</exception>
    /// <exception cref="SSLError">TLS failed (for example an untrusted certificate).</exception>
    /// <exception cref="ProxyConnectionError">The proxy could not be reached or refused the tunnel.</exception>
    /// <exception cref="ConnectionClosedError">The server closed the connection before the response was complete.</exception>
    public Task<AwsResponse> SendAsync(AwsRequest request, CancellationToken cancellationToken = default) => SendOneAsync(request, cancellationToken).AsTask();

    /// <inheritdoc />
    ValueTask<AwsResponse> IAttemptSender.SendAttemptAsync(AwsRequest request, CancellationToken cancellationToken) => SendOneAsync(request, cancellationToken);

    // The attempt itself; an attempt that completes without waiting (a stub handler, a buffered answer) hands its
    // response back without a task object.
    private async ValueTask<AwsResponse> SendOneAsync(AwsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AwsRequestPreparer.PrepareHeaders(request);
        // Checked here, before a connection is opened: TryAddWithoutValidation below adds exactly what passed.
        HeaderValidation.Validate(request.Headers);
        var proxyUrl = _proxies.ProxyUrlFor(request.Url);
        var timeout = IdleTimeout.Rent(ref _spareTimeout, _options.ReadTimeout, cancellationToken);
        // Handed back for the next attempt only after a normal end with nothing else holding it (a streamed request
        // body reports progress to it, a streamed response takes over).
        var reusable = false;
        HttpResponseMessage? response = null;
        try
        {
            using var message = BuildMessage(request, timeout);
            response = await (_callerClient is { } caller
                ? caller.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                : _invoker.SendAsync(message, timeout.Token)).ConfigureAwait(false);
            timeout.Touch();
            var headers = ReadHeaders(response);
            var status = (int)response.StatusCode;
            var body = ReadsStreamWithoutWaiting(response.Content)
                ? response.Content.ReadAsStream(timeout.Token)
                : await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            if (request.StreamOutput && status < 300)
            {
                timeout.Stop();
                var owned = response;
                response = null;
                return new AwsResponse(request.Url, status, headers, null, new ResponseBodyStream(body, _options.ReadTimeout, request.Url, owned));
            }
            var read = await ReadAllAsync(request.Url, status, headers, body, response.Content.Headers.ContentLength, timeout).ConfigureAwait(false);
            reusable = request.BodyStream is null;
            return read;
        }
        catch (Exception ex) when (MapException(ex, request.Url, proxyUrl, timeout) is { } mapped)
        {
            throw mapped;
        }
        finally
        {
            response?.Dispose();
            timeout.Release(ref _spareTimeout, reusable);
        }
    }

    /// <summary>Closes pooled connections.</summary>
    public void Dispose()
    {
        if (_ownsClient)
        {
            _invoker.Dispose();
        }
        Interlocked.Exchange(ref _spareTimeout, null)?.Dispose();
    }

    private HttpRequestMessage BuildMessage(AwsRequest request, IdleTimeout timeout)
    {
        var message = new HttpRequestMessage(Method(request.Method), UriOf(request.Url))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        if (_ownHandler)
        {
            message.Options.Set(s_timeoutOption, timeout);
            timeout.TimesFor(message);
        }
        HttpContent? content = null;
        if (request.BodyStream is { } stream)
        {
            content = new StreamContent(new RequestBodyStream(stream, timeout));
        }
        else if (request.HasBody || request.Headers.Contains("Content-Length") || HasContentHeader(request.Headers))
        {
            content = new ByteArrayContent(request.BodyBytes ?? Array.Empty<byte>());
        }
        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.TransferEncodingChunked = value.Equals("chunked", StringComparison.OrdinalIgnoreCase) ? true : null;
                continue;
            }
            if (name.Equals("Expect", StringComparison.OrdinalIgnoreCase) && value.Equals("100-continue", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.ExpectContinue = true;
                continue;
            }
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                message.Headers.Host = value;
                continue;
            }
            if (content is not null && IsContentHeader(name))
            {
                if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    content.Headers.ContentLength = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    content.Headers.TryAddWithoutValidation(name, value);
                }
                continue;
            }
            message.Headers.TryAddWithoutValidation(name, value);
        }
        if (content is not null && message.Headers.TransferEncodingChunked == true)
        {
            content.Headers.ContentLength = null;
        }
        message.Content = content;
        return message;
    }

    // Contents whose stream is at hand without I/O: the socket handler's own (its connection's stream), and the plain
    // byte-array and stream contents (a subclass may read in its own way, so only the exact types). Asked the
    // synchronous way they answer the same stream without a Task per attempt; any other content is awaited.
    private bool ReadsStreamWithoutWaiting(HttpContent content) =>
        _ownHandler || content.GetType() == typeof(ByteArrayContent) || content.GetType() == typeof(StreamContent);

    // A loop over the list's struct enumerator: LINQ's Any boxed one per request.
    private static bool HasContentHeader(HttpHeaderList headers)
    {
        foreach (var (name, _) in headers)
        {
            if (IsContentHeader(name))
            {
                return true;
            }
        }
        return false;
    }

    // Every content header name is one of these lengths with this first letter (any case): the rest of a request's
    // headers (Authorization, X-Amz-*, User-Agent, amz-sdk-*) are told apart without hashing the name.
    private static bool IsContentHeader(string name) => name.Length switch
    {
        5 => (name[0] | 0x20) == 'a' && s_contentHeaders.Contains(name),
        7 => (name[0] | 0x20) == 'e' && s_contentHeaders.Contains(name),
        >= 11 and <= 19 => (name[0] | 0x20) is 'c' or 'l' && s_contentHeaders.Contains(name),
        _ => false,
    };

    // The URL goes out exactly as signed: no dot-segment removal or unescaping, which would change S3 keys. A client
    // calls the same URL again and again, and a Uri is immutable, so the last one is reused.
    private Uri UriOf(string url)
    {
        var last = _lastUri;
        if (last is not null && string.Equals(last.Url, url, StringComparison.Ordinal))
        {
            return last.Uri;
        }
        var uri = new Uri(WithRootPath(url), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        _lastUri = new ParsedUrl(url, uri);
        return uri;
    }

    // The shared instances for the usual methods (the handler recognizes them without comparing text).
    private static HttpMethod Method(string method) => method switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        "HEAD" => HttpMethod.Head,
        "PATCH" => HttpMethod.Patch,
        _ => new HttpMethod(method),
    };

    private sealed record ParsedUrl(string Url, Uri Uri);

    // An empty path is requested as "/" (urllib3's request target), which the raw Uri would otherwise leave empty.
    private static string WithRootPath(string url)
    {
        var parts = UrlParts.Split(url);
        return parts.Path.Length == 0 ? (parts with { Path = "/" }).Join() : url;
    }

    private static HttpHeaderList ReadHeaders(HttpResponseMessage response)
    {
        var headers = new HttpHeaderList(response.Headers.NonValidated.Count + response.Content.Headers.NonValidated.Count);
        // The values as the server sent them, as urllib3 keeps them: the validated view would parse and re-format
        // them ("no-cache,no-store" becomes "no-store, no-cache") and add a Content-Length the server never sent.
        foreach (var (name, values) in response.Headers.NonValidated)
        {
            headers.Add(name, Joined(values));
        }
        foreach (var (name, values) in response.Content.Headers.NonValidated)
        {
            headers.Add(name, Joined(values));
        }
        return headers;
    }

    // Repeated headers are joined with ", " as urllib3's HTTPHeaderDict does (one value is taken as it is).
    private static string Joined(HeaderStringValues values)
    {
        if (values.Count == 1)
        {
            foreach (var value in values)
            {
                return value;
            }
        }
        return string.Join(", ", values);
    }

    // The body into a buffer from the pool, presized by a Content-Length (a longer or shorter body is still read to
    // its end), else grown by doubling. A presized buffer has one byte beyond the length, so the read that finds the
    // end of a body of exactly that length has room and grows nothing. An empty body holds no buffer. A read that
    // throws leaves the buffer to the collector: nothing is handed back that a failed read might still touch.
    private async ValueTask<AwsResponse> ReadAllAsync(string url, int status, HttpHeaderList headers, Stream body, long? contentLength, IdleTimeout timeout)
    {
        var pool = BodyPool;
        var buffer = pool.Rent(contentLength is (> 0 and <= MaxPresizedBody) ? (int)contentLength.Value + 1 : UnsizedBodyStart);
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                buffer = Grown(pool, buffer);
            }
            var read = await body.ReadAsync(buffer.AsMemory(filled), timeout.Token).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }
            filled += read;
            timeout.Touch();
        }
        if (filled == 0)
        {
            pool.Return(buffer);
            return new AwsResponse(url, status, headers, Array.Empty<byte>(), null);
        }
        return new AwsResponse(url, status, headers, buffer, filled, pool);
    }

    private static byte[] Grown(ArrayPool<byte> pool, byte[] buffer)
    {
        if (buffer.Length >= Array.MaxLength)
        {
            throw new IOException("The response body is longer than an array can hold.");
        }
        var grown = pool.Rent((int)Math.Min(Math.Max(buffer.Length * 2L, UnsizedBodyStart), Array.MaxLength));
        buffer.AsSpan().CopyTo(grown);
        pool.Return(buffer);
        return grown;
    }
}
