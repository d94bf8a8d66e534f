using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using BotoSharp.Errors;

namespace BotoSharp.Http;

public sealed partial class HttpTransport
{
    /// <summary>BotoSharp's own socket handler for <paramref name="options"/> (also what <see cref="SharedTransports"/> shares).</summary>
    /// <exception cref="InvalidConfigError">The CA bundle or client certificate cannot be loaded.</exception>
    internal static SocketsHttpHandler CreateHandler(HttpTransportOptions options, ProxyResolver proxies)
    {
        var handler = new SocketsHttpHandler
        {
            // max_pool_connections bounds only the idle connections urllib3 keeps (block=False): a busy pool opens more.
            // SocketsHttpHandler can bound only all connections, which would make calls wait, so none is set (DESIGN-NOTES).
            MaxConnectionsPerServer = int.MaxValue,
            ConnectTimeout = Timeout.InfiniteTimeSpan,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            Proxy = new ResolverWebProxy(proxies),
            UseProxy = true,
            Expect100ContinueTimeout = TimeSpan.FromSeconds(1),
            // botocore encodes header values as UTF-8; HttpClient would otherwise reject non-ASCII values.
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
            ConnectCallback = (context, token) => ConnectAsync(context, options, token),
        };
        handler.SslOptions = BuildSslOptions(options);
        return handler;
    }

    // Our own connect so the connect timeout is distinguishable from other cancellations and socket options
    // (TCP_NODELAY as botocore sets it, keepalive when asked) apply to every connection.
    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, HttpTransportOptions options, CancellationToken token)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        if (options.TcpKeepAlive)
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
        }
        // Connecting is bounded by the connect timeout, not the read timeout of the request that asked for it.
        context.InitialRequestMessage.Options.TryGetValue(s_timeoutOption, out var readTimeout);
        readTimeout?.Extend(options.ConnectTimeout, context.InitialRequestMessage);
        using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        if (options.ConnectTimeout > TimeSpan.Zero && options.ConnectTimeout != Timeout.InfiniteTimeSpan)
        {
            connectTimeout.CancelAfter(options.ConnectTimeout);
        }
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, connectTimeout.Token).ConfigureAwait(false);
            readTimeout?.TouchFor(context.InitialRequestMessage);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (OperationCanceledException ex) when (!token.IsCancellationRequested)
        {
            socket.Dispose();
            throw new ConnectTimeoutMarker(ex);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static SslClientAuthenticationOptions BuildSslOptions(HttpTransportOptions options)
    {
        var ssl = new SslClientAuthenticationOptions();
        if (!options.VerifySsl)
        {
            ssl.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }
        else if (options.CaBundle is { } bundlePath)
        {
            var roots = LoadCaBundle(bundlePath);
            ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) => ValidateAgainstBundle(certificate, errors, roots);
        }
        if (options.ClientCert is { } certPath)
        {
            try
            {
                var certificate = X509Certificate2.CreateFromPemFile(certPath, options.ClientKey);
                ssl.ClientCertificates = new X509CertificateCollection { certificate };
            }
            catch (Exception ex) when (ex is IOException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
            {
                throw new InvalidConfigError($"Unable to load client certificate {certPath}: {ex.Message}", ex);
            }
        }
        return ssl;
    }

    private static X509Certificate2Collection LoadCaBundle(string path)
    {
        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPemFile(path);
        }
        catch (Exception ex) when (ex is IOException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
        {
            throw new InvalidConfigError($"Unable to load CA bundle {path}: {ex.Message}", ex);
        }
        return roots;
    }

    // The name check still applies; only the chain is rebuilt with the bundle as the sole trust anchors.
    private static bool ValidateAgainstBundle(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection roots)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }

    /// <summary>Thrown from the connect callback so a connect timeout is told apart from a read timeout.</summary>
    private sealed class ConnectTimeoutMarker : Exception
    {
        public ConnectTimeoutMarker(Exception inner)
            : base("connect timed out", inner)
        {
        }
    }

    private sealed class ProxyUserInfoCredentials : ICredentials
    {
        public NetworkCredential? GetCredential(Uri uri, string authType) => ProxyResolver.CredentialsFor(uri.AbsoluteUri);
    }

    /// <summary>Adapts <see cref="ProxyResolver"/> to <see cref="IWebProxy"/>.</summary>
    private sealed class ResolverWebProxy : IWebProxy
    {
        private readonly ProxyResolver _resolver;

        public ResolverWebProxy(ProxyResolver resolver)
        {
            _resolver = resolver;
            Credentials = new ProxyUserInfoCredentials();
        }

        // The user name and password come from the proxy URL, as botocore's Proxy-Authorization header does.
        public ICredentials? Credentials { get; set; }

        public Uri? GetProxy(Uri destination) => _resolver.ProxyUrlFor(destination.AbsoluteUri) is { } proxy ? new Uri(proxy) : null;

        public bool IsBypassed(Uri host) => _resolver.ProxyUrlFor(host.AbsoluteUri) is null;
    }
}
