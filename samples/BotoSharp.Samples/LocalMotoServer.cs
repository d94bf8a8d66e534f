using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BotoSharp.Samples;

/// <summary>A moto_server on a free loopback port, so the sample runs with no AWS account; stopped by its process id.</summary>
internal sealed class LocalMotoServer : IDisposable
{
    private readonly Process _process;

    private LocalMotoServer(Process process, string endpointUrl)
    {
        _process = process;
        EndpointUrl = endpointUrl;
    }

    /// <summary>The server's URL, e.g. <c>http://127.0.0.1:50123</c>.</summary>
    public string EndpointUrl { get; }

    /// <summary>Starts moto_server and waits until it answers, or throws after 60 seconds.</summary>
    /// <exception cref="InvalidOperationException">moto_server is not installed, exited, or never answered.</exception>
    public static async Task<LocalMotoServer> StartAsync()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var info = new ProcessStartInfo("moto_server", $"-H 127.0.0.1 -p {port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("moto_server did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("moto_server is not on PATH (pip install 'moto[server]'), or pass --endpoint-url / --profile.", error);
        }
        // Drain its logs so a full pipe never blocks the server.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new LocalMotoServer(process, $"http://127.0.0.1:{port}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                server.Dispose();
                throw new InvalidOperationException($"moto_server exited with code {process.ExitCode}.");
            }
            try
            {
                using var response = await http.GetAsync(server.EndpointUrl + "/moto-api/").ConfigureAwait(false);
                return server;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200).ConfigureAwait(false);
        }
        server.Dispose();
        throw new InvalidOperationException("moto_server did not answer within 60 seconds.");
    }

    /// <summary>Stops the server (its process id only, never by name).</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
