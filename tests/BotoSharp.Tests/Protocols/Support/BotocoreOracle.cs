using BotoSharp.OracleTools;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Protocols.Support;

/// <summary>
/// Runs a Python script against the installed botocore 1.43.11 (the behaviour oracle) and returns its JSON output.
/// The script gets the script arguments after <c>--</c>; it prints one JSON document to stdout.
/// </summary>
public static class BotocoreOracle
{
    /// <summary>Runs <paramref name="script"/> with <c>python3</c>; a non-zero exit fails with its stderr.</summary>
    public static JsonNode Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(OracleEnvironment.Interpreter)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("botocore oracle timed out");
        }
        var stderr = stderrTask.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"botocore oracle failed ({process.ExitCode}): {stderr}");
        }
        return JsonNode.Parse(stdout) ?? throw new InvalidOperationException("botocore oracle printed nothing");
    }
}
