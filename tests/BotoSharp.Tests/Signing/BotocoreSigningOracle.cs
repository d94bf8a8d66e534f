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
        var stdout = PythonProcess.Run([Script], input.ToJsonString());
        return JsonNode.Parse(stdout)!.AsArray().Select(n => n!.AsObject()).ToList();
    }
}
