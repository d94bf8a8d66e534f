using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Tests.Http;

/// <summary>TLS verification settings (verify=False, a CA bundle) and the connect timeout.</summary>
[TestFixture]
public sealed class HttpTransportTlsTests
{
    private X509Certificate2? _certificate;
    private LocalHttpServer? _server;
    private readonly List<string> _tempFiles = new();

    [SetUp]
    public void StartTlsServer()
    {
        _certificate = TestCertificates.CreateServerCertificate();
        _server = new LocalHttpServer(LocalHttpServer.Reply(200, "secure"), _certificate);
    }

    [TearDown]
    public void StopTlsServer()
    {
        _server?.Dispose();
        _certificate?.Dispose();
        foreach (var file in _tempFiles)
        {
            File.Delete(file);
        }
    }

    private static HttpTransportOptions Options() => new() { Proxies = ProxyResolver.None, ReadTimeout = TimeSpan.FromSeconds(10) };

    private string Pem(X509Certificate2 certificate)
    {
        var path = TestCertificates.WritePem(certificate);
        _tempFiles.Add(path);
        return path;
    }

    [Test]
    public void An_untrusted_certificate_raises_SSLError()
    {
        using var transport = new HttpTransport(Options());
        var error = Assert.ThrowsAsync<SSLError>(() => transport.SendAsync(new AwsRequest("GET", _server!.Url + "/")));
        Assert.That(error!.Message, Does.StartWith($"SSL validation failed for {_server!.Url}/ "));
    }

    [Test]
    public async Task Verify_false_accepts_any_certificate()
    {
        using var transport = new HttpTransport(Options() with { VerifySsl = false });
        using var response = await transport.SendAsync(new AwsRequest("GET", _server!.Url + "/"));
        Assert.That(Encoding.ASCII.GetString(response.Content!), Is.EqualTo("secure"));
    }

    [Test]
    public async Task A_CA_bundle_holding_the_issuer_makes_the_certificate_trusted()
    {
        using var transport = new HttpTransport(Options() with { CaBundle = Pem(_certificate!) });
        using var response = await transport.SendAsync(new AwsRequest("GET", _server!.Url + "/"));
        Assert.That(response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void A_CA_bundle_without_the_issuer_raises_SSLError()
    {
        using var other = TestCertificates.CreateServerCertificate("CN=someone else");
        using var transport = new HttpTransport(Options() with { CaBundle = Pem(other) });
        Assert.ThrowsAsync<SSLError>(() => transport.SendAsync(new AwsRequest("GET", _server!.Url + "/")));
    }

    [Test]
    public async Task A_client_certificate_from_PEM_files_is_presented_to_the_server()
    {
        using var clientCertificate = TestCertificates.CreateServerCertificate("CN=botosharp client");
        var certPath = Pem(clientCertificate);
        var keyPath = Path.Combine(Path.GetTempPath(), $"botosharp-key-{Guid.NewGuid():N}.pem");
        _tempFiles.Add(keyPath);
        File.WriteAllText(keyPath, clientCertificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        using var mtls = new LocalHttpServer(LocalHttpServer.Reply(200, "hello client"), _certificate, requireClientCertificate: true);
        using var transport = new HttpTransport(Options() with { VerifySsl = false, ClientCert = certPath, ClientKey = keyPath });
        using var response = await transport.SendAsync(new AwsRequest("GET", mtls.Url + "/"));
        Assert.That(response.StatusCode, Is.EqualTo(200));
        Assert.That(mtls.ClientCertificateSubject, Is.EqualTo("CN=botosharp client"));
    }

    [Test]
    public void A_missing_CA_bundle_file_raises_InvalidConfigError()
    {
        Assert.Throws<InvalidConfigError>(() => new HttpTransport(Options() with { CaBundle = "/nonexistent/ca.pem" }));
    }

    [Test]
    public void A_server_whose_accept_queue_is_full_raises_ConnectTimeoutError()
    {
        // With backlog 1 and nobody accepting, the kernel drops further SYNs, so connect() hangs until our timeout.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        var fillers = new List<Socket>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
                try
                {
                    filler.Connect(endpoint);
                }
                catch (SocketException)
                {
                    // Non-blocking connect reports "in progress"; the handshake may or may not complete.
                }
                fillers.Add(filler);
            }
            // A read timeout shorter than the connect timeout must not cut the connect short.
            using var transport = new HttpTransport(Options() with { ConnectTimeout = TimeSpan.FromMilliseconds(800), ReadTimeout = TimeSpan.FromMilliseconds(200) });
            var url = $"http://127.0.0.1:{endpoint.Port}/";
            var error = Assert.ThrowsAsync<ConnectTimeoutError>(() => transport.SendAsync(new AwsRequest("GET", url)));
            Assert.That(error!.Message, Is.EqualTo($"Connect timeout on endpoint URL: \"{url}\""));
        }
        finally
        {
            fillers.ForEach(f => f.Dispose());
        }
    }
}
