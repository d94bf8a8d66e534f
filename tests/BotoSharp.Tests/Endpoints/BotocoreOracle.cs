using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Endpoints;

/// <summary>Runs a python3 script that uses the installed botocore 1.43.11, passing JSON in and reading JSON out.</summary>
internal static class BotocoreOracle
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="input"/> on stdin; the script prints JSON.</summary>
    public static JsonNode Run(string script, JsonNode input) =>
        JsonNode.Parse(PythonProcess.Run(["-c", script], input.ToJsonString()))!;
}
