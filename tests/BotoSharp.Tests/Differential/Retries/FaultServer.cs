using System.Diagnostics;
using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential.Retries;

/// <summary>fault_server.py on a free 127.0.0.1 port, started by a fixture and stopped by its process id.</summary>
internal sealed class FaultServer : IDisposable
{
    private readonly Process _process;

    private FaultServer(Process process, int port)
    {
        _process = process;
        EndpointUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>The server's base URL.</summary>
    public string EndpointUrl { get; }

    /// <summary>Starts the server and reads the port it chose.</summary>
    public static FaultServer Start()
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Differential", "Retries", "fault_server.py");
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        var process = Process.Start(info) ?? throw new InvalidOperationException("fault_server.py did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("fault_server.py printed no port");
        return new FaultServer(process, int.Parse(line, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The headers of every request the server saw for scenario <paramref name="id"/>, in order.</summary>
    public async Task<JsonArray> LogAsync(string id)
    {
        using var http = new HttpClient();
        return JsonNode.Parse(await http.GetStringAsync($"{EndpointUrl}/log/{id}").ConfigureAwait(false))!.AsArray();
    }

    /// <summary>Stops the server by its process id.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }
}
