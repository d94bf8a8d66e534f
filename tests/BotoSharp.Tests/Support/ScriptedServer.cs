using System.Diagnostics;
using BotoSharp.OracleTools;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Support;

/// <summary>
/// A scripted python HTTP server (a differential's fault or redirect script) on a free 127.0.0.1 port: the script prints
/// its port, answers <c>GET /log/&lt;id&gt;</c> with what it saw, and is stopped by its process id.
/// </summary>
internal sealed class ScriptedServer : IDisposable
{
    private readonly Process _process;

    private ScriptedServer(Process process, int port)
    {
        _process = process;
        EndpointUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>The server's base URL.</summary>
    public string EndpointUrl { get; }

    /// <summary>Starts the script (a path under tests/BotoSharp.Tests) and reads the port it chose.</summary>
    public static ScriptedServer Start(string script)
    {
        script = Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", script);
        // The oracle's interpreter, like every other python the tests start (the scripts need only the standard library).
        var info = new ProcessStartInfo(OracleEnvironment.Interpreter) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{script} did not start");
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        var line = process.StandardOutput.ReadLine();
        if (!int.TryParse(line, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port))
        {
            if (!process.WaitForExit(5_000))
            {
                process.Kill();
            }
            process.Dispose();
            lock (errors)
            {
                throw new InvalidOperationException($"{script} printed no port (first line: {line ?? "<end of output>"}); its stderr:\n{errors}");
            }
        }
        return new ScriptedServer(process, port);
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
