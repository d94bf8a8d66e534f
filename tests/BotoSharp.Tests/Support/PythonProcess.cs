using BotoSharp.OracleTools;
using System.Diagnostics;

namespace BotoSharp.Tests.Support;

/// <summary>
/// Runs the oracle's python3 (the one with botocore 1.43.11, boto3 and moto, see <see cref="OracleEnvironment"/>) as a
/// child process: arguments in, text on standard input, standard output back. Both output pipes are drained while the
/// input is written, so neither a large input nor a chatty stderr can deadlock it.
/// </summary>
internal static class PythonProcess
{
    private static readonly TimeSpan s_defaultTimeout = TimeSpan.FromMinutes(20);

    /// <summary>Runs python3 with <paramref name="arguments"/> and returns what it printed.</summary>
    /// <param name="arguments">The interpreter's arguments (<c>-c</c> and a script, a script path, or <c>-</c>).</param>
    /// <param name="stdin">Written to the process's standard input, which is then closed.</param>
    /// <param name="environment">Edits the child's environment (inherited from this process) before it starts.</param>
    /// <param name="timeout">How long it may run (twenty minutes unless given: the 5,000-request differential on a loaded 2-core machine is slow).</param>
    /// <exception cref="InvalidOperationException">python3 did not start or exited with a non-zero code (its stderr is in the message).</exception>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/> and was killed.</exception>
    public static string Run(IEnumerable<string> arguments, string stdin = "", Action<IDictionary<string, string?>>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(OracleEnvironment.Interpreter)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        environment?.Invoke(start.Environment);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var limit = timeout ?? s_defaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python3 did not finish in {limit.TotalSeconds:F0} s");
        }
        process.WaitForExit(); // lets the pipe readers see the end of both streams
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"python3 exited with {process.ExitCode}: {stderr.Result}");
        }
        return stdout.Result;
    }
}
