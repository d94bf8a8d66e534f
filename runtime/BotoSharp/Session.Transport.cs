using BotoSharp.Http;

namespace BotoSharp;

/// <summary>The seams a host uses to give every client of this session its HTTP stack and its clock.</summary>
public partial class Session
{
    /// <summary>
    /// The clock signatures are dated with and waits are measured on (<see cref="TimeProvider.System"/> by default).
    /// Read when a client is created, so set it before creating clients.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gives each new client its <see cref="HttpClient"/>, by botocore service name (<c>s3</c>, <c>dynamodb</c>…);
    /// e.g. <c>IHttpClientFactory.CreateClient</c>, so its handlers, proxies and resilience apply. The caller owns the
    /// client: BotoSharp never disposes it. botocore's connect/read timeouts, proxies and TLS options are then the
    /// <see cref="HttpClient"/>'s own. Takes precedence over <see cref="HttpMessageHandlerFactory"/>.
    /// </summary>
    public Func<string, HttpClient>? HttpClientFactory { get; set; }

    /// <summary>
    /// Builds the <see cref="HttpMessageHandler"/> of each new client from the options botocore's configuration
    /// resolved for it (timeouts, proxies, TLS); the client disposes the handler with itself. Null means BotoSharp's
    /// own <see cref="SocketsHttpHandler"/>, one per process for all clients with equal connection settings (connect
    /// timeout, proxies, TLS options, keepalive, pool size), which no client disposes.
    /// </summary>
    public Func<HttpTransportOptions, HttpMessageHandler>? HttpMessageHandlerFactory { get; set; }

    /// <summary>Benchmarks and tests swap the whole transport here (an in-process stub), below every public seam.</summary>
    internal Func<HttpTransportOptions, IHttpTransport>? TransportFactory { get; set; }

    /// <summary>The transport of a new client of <paramref name="serviceName"/>, from the first seam that is set.</summary>
    internal IHttpTransport CreateTransport(string serviceName, HttpTransportOptions options)
    {
        if (TransportFactory is { } transport)
        {
            return transport(options);
        }
        if (HttpClientFactory is { } clients)
        {
            return new HttpTransport(options, clients(serviceName) ?? throw new InvalidOperationException($"HttpClientFactory returned null for '{serviceName}'."));
        }
        if (HttpMessageHandlerFactory is { } handlers)
        {
            return new HttpTransport(options, handlers(options));
        }
        // BotoSharp's own handler is shared by every client with the same connection settings (DESIGN-NOTES).
        return SharedTransports.Create(options) ?? new HttpTransport(options);
    }
}
