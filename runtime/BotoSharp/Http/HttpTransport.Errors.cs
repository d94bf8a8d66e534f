using System.Net.Sockets;
using System.Security.Authentication;
using BotoSharp.Errors;

namespace BotoSharp.Http;

public sealed partial class HttpTransport
{
    /// <summary>
    /// Maps a .NET failure to botocore's error for it, or null to let it through (the caller's own cancellation).
    /// </summary>
    private static Exception? MapException(Exception exception, string url, string? proxyUrl, IdleTimeout timeout)
    {
        if (exception is BotoCoreError)
        {
            return null;
        }
        if (Find<ConnectTimeoutMarker>(exception) is { } connectTimeout)
        {
            return proxyUrl is not null ? new ProxyConnectionError(ProxyResolver.Mask(proxyUrl), connectTimeout) : new ConnectTimeoutError(url, exception);
        }
        if (exception is OperationCanceledException)
        {
            return timeout.TimedOut ? new ReadTimeoutError(url, exception) : null;
        }
        // HttpClient's rule (the handler is called without it): a request failing once its token is cancelled was cancelled.
        if (exception is HttpRequestException && timeout.Token.IsCancellationRequested)
        {
            return timeout.TimedOut ? new ReadTimeoutError(url, exception) : new OperationCanceledException(exception.Message, exception, timeout.CallerToken);
        }
        if (Find<AuthenticationException>(exception) is { } tls)
        {
            return new SSLError(url, tls.Message, exception);
        }
        if (exception is HttpRequestException http)
        {
            if (proxyUrl is not null && (http.HttpRequestError is HttpRequestError.ProxyTunnelError || IsConnectFailure(http)))
            {
                return new ProxyConnectionError(ProxyResolver.Mask(proxyUrl), exception);
            }
            if (IsConnectFailure(http))
            {
                return new EndpointConnectionError(url, exception);
            }
            // urllib3's ProtocolError (the peer reset or closed the connection mid-exchange) is botocore's ConnectionClosedError.
            if (http.HttpRequestError is HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse
                || Find<IOException>(http) is not null
                || Find<SocketException>(http) is { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted })
            {
                return new ConnectionClosedError(url, exception);
            }
            return new HTTPClientError(http.Message, exception);
        }
        if (exception is IOException io)
        {
            return new ConnectionClosedError(url, io);
        }
        return exception is InvalidOperationException or ArgumentException or UriFormatException
            ? new HTTPClientError(exception.Message, exception)
            : null;
    }

    private static bool IsConnectFailure(HttpRequestException http) =>
        http.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
        || Find<SocketException>(http) is { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain or SocketError.NoData };

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }
        return null;
    }
}
