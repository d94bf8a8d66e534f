using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BotoSharp.Tests.Support;

/// <summary>
/// A real moto_server on a free 127.0.0.1 port, started for a test fixture and stopped by its process id
/// (never by name, so other servers on the machine are left alone).
/// </summary>
internal sealed class MotoServer : IDisposable
{
    private readonly Process _process;

    private MotoServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The endpoint URL to give a client, e.g. <c>http://127.0.0.1:51234</c>.</summary>
    public string EndpointUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts moto_server and waits until it answers HTTP, or throws after 60 seconds.</summary>
    public static MotoServer Start()
    {
        var port = FreePort();
        var info = new ProcessStartInfo("moto_server", $"-H 127.0.0.1 -p {port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("moto_server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MotoServer(process, port);
        server.WaitUntilReady(TimeSpan.FromSeconds(60));
        return server;
    }

    /// <summary>Stops the server by its process id and waits for it to exit.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    private void WaitUntilReady(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"moto_server exited with code {_process.ExitCode} before it was ready");
            }
            try
            {
                using var response = http.GetAsync($"{EndpointUrl}/moto-api/").GetAwaiter().GetResult();
                return;
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(200);
            }
            catch (TaskCanceledException)
            {
                Thread.Sleep(200);
            }
        }
        Dispose();
        throw new TimeoutException($"moto_server did not answer on {EndpointUrl} within {timeout}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
