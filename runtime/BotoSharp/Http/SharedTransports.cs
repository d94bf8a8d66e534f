using BotoSharp.Caching;

namespace BotoSharp.Http;

/// <summary>
/// The default HTTP stack (<see cref="SocketsHttpHandler"/> behind an <see cref="HttpMessageInvoker"/>) shared by every client of the
/// process whose connection settings are equal, so a new client reuses the open connections of earlier ones instead
/// of opening (and TLS-handshaking) its own, as the AWS SDK for .NET does. Only BotoSharp's own handler is shared: a
/// caller's handler factory, <see cref="HttpClient"/> or transport stays per client. A shared stack is never disposed
/// (a client's disposal leaves it to the others); the read timeout stays per client, on its own transport.
/// </summary>
internal static class SharedTransports
{
    // Distinct settings in one process are few; past this, further settings get a stack of their own, as before.
    private const int MaxShared = 32;

    private static readonly BoundedCache<Key, HttpMessageInvoker> s_clients = new(MaxShared);

    /// <summary>
    /// A transport over the shared stack for <paramref name="options"/>, or null when the process already holds
    /// <see cref="MaxShared"/> other stacks (the caller then builds a transport of its own).
    /// </summary>
    /// <exception cref="Errors.InvalidConfigError">The CA bundle or client certificate cannot be loaded.</exception>
    public static HttpTransport? Create(HttpTransportOptions options)
    {
        var proxies = options.Proxies ?? ProxyResolver.FromEnvironment();
        var key = Key.Of(options, proxies);
        if (!s_clients.TryGetValue(key, out var client))
        {
            if (s_clients.Count >= MaxShared)
            {
                return null;
            }
            // Built before it is added, so a bad certificate fails this client's creation and caches nothing.
            var created = NewClient(options, proxies);
            client = s_clients.GetOrRemember(key, created);
            if (!ReferenceEquals(client, created))
            {
                created.Dispose();
            }
        }
        return new HttpTransport(options.Proxies is null ? options with { Proxies = proxies } : options, client);
    }

    /// <summary>How many shared stacks the process holds (tests).</summary>
    internal static int Count => s_clients.Count;

    // Timeouts are enforced per operation by each transport's IdleTimeout, not as a whole-call deadline.
    private static HttpMessageInvoker NewClient(HttpTransportOptions options, ProxyResolver proxies) =>
        new(HttpTransport.CreateHandler(options, proxies), disposeHandler: true);

    /// <summary>
    /// Everything the handler is built from: connect timeout, proxies, TLS verification, CA bundle and client
    /// certificate (with their files' write times, so an edited file gets a new stack), keepalive, and
    /// <c>max_pool_connections</c>, which a handler of ours does not bound but which keeps differently configured
    /// clients apart.
    /// </summary>
    private readonly record struct Key(TimeSpan ConnectTimeout, string Proxies, bool VerifySsl, string? CaBundle, DateTime CaBundleWritten,
        string? ClientCert, DateTime CertWritten, string? ClientKey, DateTime KeyWritten, bool TcpKeepAlive, int MaxPoolConnections)
    {
        // A CA bundle only matters while verifying, a key file only beside a certificate (as the handler reads them).
        public static Key Of(HttpTransportOptions options, ProxyResolver proxies)
        {
            var bundle = options.VerifySsl ? options.CaBundle : null;
            var keyFile = options.ClientCert is null ? null : options.ClientKey;
            return new(options.ConnectTimeout, proxies.SharingKey, options.VerifySsl, bundle, Written(bundle),
                options.ClientCert, Written(options.ClientCert), keyFile, Written(keyFile), options.TcpKeepAlive, options.MaxPoolConnections);
        }

        private static DateTime Written(string? path) => path is null ? DateTime.MinValue : File.GetLastWriteTimeUtc(path);
    }
}
