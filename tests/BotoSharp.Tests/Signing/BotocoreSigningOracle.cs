using BotoSharp.OracleTools;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Signing;

/// <summary>Runs <c>botocore_sign.py</c> under python3 to get botocore 1.43.11's output for the same inputs.</summary>
internal static class BotocoreSigningOracle
{
    private static string Script => Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Signing", "botocore_sign.py");

    /// <summary>Signs every case in one python process; returns one JSON object per case.</summary>
    public static IReadOnlyList<JsonObject> Sign(IEnumerable<SigningCase> cases)
    {
        var input = new JsonArray(cases.Select(c => (JsonNode)c.ToJson()).ToArray());
        var start = new ProcessStartInfo(OracleEnvironment.Interpreter, Script)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        process.StandardInput.Write(input.ToJsonString());
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException("botocore oracle did not finish in 60 s");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("botocore oracle failed: " + stderr.Result);
        }
        return JsonNode.Parse(stdout.Result)!.AsArray().Select(n => n!.AsObject()).ToList();
    }
}
