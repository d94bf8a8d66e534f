using BotoSharp.OracleTools;
using BotoSharp.Tests.Support;
using System.Diagnostics;

namespace BotoSharp.Tests.Loading;

/// <summary>
/// Runs a Python 3 script (with botocore 1.43.11 installed) and returns its standard output, so tests can compare
/// BotoSharp with the behaviour it must match.
/// </summary>
internal static class PythonOracle
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="stdin"/> as input; fails the test on a non-zero exit.</summary>
    public static string Run(string script, string stdin = "")
    {
        var start = new ProcessStartInfo(OracleEnvironment.Interpreter)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        var stdout = stdoutTask.GetAwaiter().GetResult();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"python3 exited with {process.ExitCode}: {stderr}");
        }
        return stdout;
    }

    /// <summary>botocore's installed <c>data/</c> folder.</summary>
    public static string BotocoreDataPath => BotocoreDataFolder.Path;


}
