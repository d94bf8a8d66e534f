using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace BotoSharp.Tests.Http;

/// <summary>A raw HTTP/1.1 server on 127.0.0.1 that records each request and answers with a scripted reply.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<RecordedRequest, Stream, Task> _respond;

    private readonly X509Certificate2? _certificate;

    private readonly bool _requireClientCertificate;

    public LocalHttpServer(Func<RecordedRequest, Stream, Task> respond, X509Certificate2? certificate = null, bool requireClientCertificate = false)
    {
        _respond = respond;
        _certificate = certificate;
        _requireClientCertificate = requireClientCertificate;
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Url => $"{(_certificate is null ? "http" : "https")}://127.0.0.1:{Port}";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The subject of the client certificate of the last TLS connection, or null.</summary>
    public string? ClientCertificateSubject { get; private set; }

    public int Connections;

    /// <summary>A reply with a status, headers and body.</summary>
    public static Func<RecordedRequest, Stream, Task> Reply(int status, string body = "", params (string Name, string Value)[] headers) =>
        async (_, stream) =>
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            var head = new StringBuilder($"HTTP/1.1 {status} X\r\nContent-Length: {bytes.Length}\r\n");
            foreach (var (name, value) in headers)
            {
                head.Append(name).Append(": ").Append(value).Append("\r\n");
            }
            head.Append("\r\n");
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()));
            await stream.WriteAsync(bytes);
        };

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }
            Interlocked.Increment(ref Connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            Stream stream = client.GetStream();
            try
            {
                if (_certificate is not null)
                {
                    // Any client certificate is accepted; the test only checks that one was presented.
                    var tls = new SslStream(stream, false, (_, _, _, _) => true);
                    await tls.AuthenticateAsServerAsync(_certificate, _requireClientCertificate, false);
                    ClientCertificateSubject = tls.RemoteCertificate?.Subject;
                    stream = tls;
                }
                while (!_stop.IsCancellationRequested)
                {
                    var request = await ReadRequestAsync(stream);
                    if (request is null)
                    {
                        return;
                    }
                    Requests.Enqueue(request);
                    await _respond(request, stream);
                }
            }
            catch (Exception)
            {
                // The client went away; nothing to record.
            }
        }
    }

    private static async Task<RecordedRequest?> ReadRequestAsync(Stream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }
            head.Add(one[0]);
        }
        var lines = Encoding.UTF8.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = lines.Skip(1).Select(l => (Name: l[..l.IndexOf(':')], Value: l[(l.IndexOf(':') + 1)..].Trim())).ToList();
        string? Header(string name) => headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        if (Header("Expect") == "100-continue")
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 100 Continue\r\n\r\n"));
        }
        var body = new MemoryStream();
        if (Header("Content-Length") is { } length)
        {
            await CopyExactlyAsync(stream, body, int.Parse(length, CultureInfo.InvariantCulture));
        }
        else if (string.Equals(Header("Transfer-Encoding"), "chunked", StringComparison.OrdinalIgnoreCase))
        {
            while (true)
            {
                var size = int.Parse((await ReadLineAsync(stream)).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (size == 0)
                {
                    await ReadLineAsync(stream);
                    break;
                }
                await CopyExactlyAsync(stream, body, size);
                await ReadLineAsync(stream);
            }
        }
        return new RecordedRequest(lines[0], headers, body.ToArray());
    }

    private static async Task CopyExactlyAsync(Stream stream, MemoryStream body, int count)
    {
        var buffer = new byte[count];
        var read = 0;
        while (read < count)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read));
            if (n == 0)
            {
                throw new EndOfStreamException();
            }
            read += n;
        }
        body.Write(buffer);
    }

    private static async Task<string> ReadLineAsync(Stream stream)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (line.Count < 2 || line[^2] != '\r' || line[^1] != '\n')
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new EndOfStreamException();
            }
            line.Add(one[0]);
        }
        return Encoding.ASCII.GetString(line.ToArray(), 0, line.Count - 2);
    }

    private static bool EndsWithBlankLine(List<byte> bytes) =>
        bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';
}
