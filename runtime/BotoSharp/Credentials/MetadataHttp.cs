using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BotoSharp.Auth;

/// <summary>
/// The small HTTP client the container and instance-metadata fetchers share. It mirrors the timeouts botocore's
/// urllib3 session applies (one value for connecting and for reading), follows no redirects, uses no proxy, and
/// tells a failure to connect apart from a read timeout because IMDS treats the two differently.
/// </summary>
internal sealed class MetadataHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a client whose connect and read phases each get <paramref name="timeout"/>.</summary>
    public MetadataHttp(TimeSpan timeout)
    {
        _timeout = timeout;
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = (context, ct) => ConnectAsync(context, timeout, ct),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Sends one request and returns the status and the UTF-8 body.</summary>
    /// <exception cref="MetadataConnectException">Connecting failed or timed out.</exception>
    /// <exception cref="MetadataReadTimeoutException">The response did not arrive within the timeout.</exception>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string url,
        IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Connecting has its own timeout in the callback; this one bounds waiting for and reading the response.
        timeout.CancelAfter(_timeout + _timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return (response.StatusCode, Encoding.UTF8.GetString(bytes));
        }
        catch (HttpRequestException e) when (e.InnerException is MetadataConnectException connect)
        {
            throw connect;
        }
        catch (HttpRequestException e)
        {
            throw new MetadataConnectException(e.Message, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MetadataReadTimeoutException($"Read timeout on endpoint URL: \"{url}\"", e);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connectTimeout.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, connectTimeout.Token).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new MetadataConnectException(
                $"Could not connect to the endpoint URL: \"{context.DnsEndPoint.Host}:{context.DnsEndPoint.Port}\"", e);
        }
    }
}
