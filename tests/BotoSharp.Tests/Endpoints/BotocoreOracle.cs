using BotoSharp.OracleTools;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Endpoints;

/// <summary>Runs a python3 script that uses the installed botocore 1.43.11, passing JSON in and reading JSON out.</summary>
internal static class BotocoreOracle
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="input"/> on stdin; the script prints JSON.</summary>
    public static JsonNode Run(string script, JsonNode input)
    {
        var start = new ProcessStartInfo(OracleEnvironment.Interpreter, "-c \"" + script.Replace("\"", "\\\"") + "\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Inconclusive("python3 with botocore 1.43.11 is needed for differential checks and was not found");
            throw;
        }
        using (process)
        {
            process.StandardInput.Write(input.ToJsonString());
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Assert.Fail("botocore oracle failed: " + stderr);
            }
            return JsonNode.Parse(stdout.Result)!;
        }
    }
}
