using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// Runs session_oracle.py once for a whole batch of scenarios (one python3 process, not one per scenario) and
/// returns botocore's answer objects in scenario order.
/// </summary>
internal static class SessionOracle
{
    /// <summary>botocore's installed <c>data/</c> folder (what AWS_DATA_PATH points at when services are asked).</summary>
    public static string BotocoreDataPath => BotocoreDataFolder.Path;

    /// <summary>botocore's answers, one per scenario (each already materialized).</summary>
    public static List<JsonObject> Answer(IReadOnlyList<RandomSessionScenario> scenarios)
    {
        var input = new JsonArray(scenarios.Select(s => (JsonNode)s.ToOracleInput()).ToArray());
        string script = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Differential", "Sessions", "session_oracle.py"));
        string output = RunPython(script, input.ToJsonString());
        var answers = JsonNode.Parse(output)!.AsArray();
        return answers.Select(a => a!.AsObject()).ToList();
    }

    private static string RunPython(string script, string stdin)
    {
        return PythonProcess.Run(["-c", script], stdin, environment =>
        {
            // The script replaces os.environ per scenario; these only matter while botocore is imported.
            foreach (string name in new[] { "AWS_NEW_RETRIES_2026", "AWS_DATA_PATH", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE" })
            {
                environment.Remove(name);
            }
            environment["PYTHONIOENCODING"] = "utf-8";
        });
    }
}
