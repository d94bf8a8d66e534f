using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BotoSharp.OracleTools;

/// <summary>
/// A moto_server from the pinned oracle on 127.0.0.1. It binds port 0 itself and we read the port it chose from
/// its start-up line, so no other process can take the port between choosing and binding; then we wait until it
/// answers HTTP. Stopped by its own process id, never by name.
/// </summary>
internal sealed partial class MotoServerProcess : IDisposable
{
    /// <summary>Long enough for a loaded 2-core machine starting moto's large import graph.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(180);

    private readonly Process _process;

    private MotoServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port moto_server chose.</summary>
    public int Port { get; }

    /// <summary>The URL to give a client, e.g. <c>http://127.0.0.1:51234</c>.</summary>
    public string EndpointUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts moto_server and blocks until it answers HTTP.</summary>
    /// <exception cref="InvalidOperationException">It exited early or the oracle could not be set up.</exception>
    /// <exception cref="TimeoutException">It did not answer within <paramref name="timeout"/>.</exception>
    public static MotoServerProcess Start(TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        var start = new ProcessStartInfo(OracleEnvironment.Interpreter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "moto.server", "-H", "127.0.0.1", "-p", "0" })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start");
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        DataReceivedEventHandler watch = (_, line) =>
        {
            if (line.Data is not null && RunningOn().Match(line.Data) is { Success: true } match)
            {
                port.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        // werkzeug prints its address on stderr; read both pipes so a full one never blocks the server.
        process.OutputDataReceived += watch;
        process.ErrorDataReceived += watch;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException($"moto_server exited with code {process.ExitCode} before it was ready"));

        try
        {
            if (!port.Task.Wait(Remaining(deadline)))
            {
                throw new TimeoutException($"moto_server did not print its address within {limit}");
            }
        }
        catch (Exception error) when (error is AggregateException or TimeoutException)
        {
            Stop(process);
            throw error is AggregateException { InnerException: { } inner } ? inner : error;
        }
        var server = new MotoServerProcess(process, port.Task.Result);
        server.WaitUntilAnswering(deadline, limit);
        return server;
    }

    /// <summary>Stops the server by its process id and waits for it to exit.</summary>
    public void Dispose() => Stop(_process);

    private void WaitUntilAnswering(DateTime deadline, TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"moto_server exited with code {_process.ExitCode} before it was ready");
            }
            try
            {
                using var response = http.Send(new HttpRequestMessage(HttpMethod.Get, EndpointUrl + "/moto-api/"));
                return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            Thread.Sleep(200);
        }
        Dispose();
        throw new TimeoutException($"moto_server did not answer on {EndpointUrl} within {limit}");
    }

    private static TimeSpan Remaining(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
    }

    [GeneratedRegex(@"Running on http://127\.0\.0\.1:(\d+)")]
    private static partial Regex RunningOn();
}
