namespace BotoSharp.Http;

/// <summary>
/// The transport settings botocore takes from <c>Config</c> and <c>create_client</c>: pool size, timeouts, proxies,
/// TLS verification and client certificate, TCP keepalive. Copied when a client is built.
/// </summary>
public sealed record HttpTransportOptions
{
    /// <summary>botocore's default connect and read timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>botocore's default <c>max_pool_connections</c>.</summary>
    public const int DefaultMaxPoolConnections = 10;

    /// <summary><c>max_pool_connections</c>: the most connections open to one server at a time (zero or less: no bound).</summary>
    public int MaxPoolConnections { get; init; } = DefaultMaxPoolConnections;

    /// <summary><c>connect_timeout</c>: TCP connect plus TLS handshake.</summary>
    public TimeSpan ConnectTimeout { get; init; } = DefaultTimeout;

    /// <summary>
    /// <c>read_timeout</c>: the longest the transport waits for the next bytes from the server (response headers or
    /// a body read) or for the request body to make progress; like a socket timeout, not a deadline for the whole call.
    /// </summary>
    public TimeSpan ReadTimeout { get; init; } = DefaultTimeout;

    /// <summary>Which proxy to use for a URL; <see cref="ProxyResolver.FromEnvironment"/> by default, as botocore reads the proxy variables.</summary>
    public ProxyResolver? Proxies { get; init; }

    /// <summary><c>verify=False</c>: accept any server certificate.</summary>
    public bool VerifySsl { get; init; } = true;

    /// <summary><c>verify='/path/ca.pem'</c> or <c>ca_bundle</c>: trust only the PEM certificates in this file.</summary>
    public string? CaBundle { get; init; }

    /// <summary><c>client_cert</c>: a PEM file with the certificate (and the key when <see cref="ClientKey"/> is null).</summary>
    public string? ClientCert { get; init; }

    /// <summary>The PEM key file when <c>client_cert</c> is a (cert, key) pair.</summary>
    public string? ClientKey { get; init; }

    /// <summary><c>tcp_keepalive</c>: turn on TCP keepalive probes on each connection.</summary>
    public bool TcpKeepAlive { get; init; }
}
