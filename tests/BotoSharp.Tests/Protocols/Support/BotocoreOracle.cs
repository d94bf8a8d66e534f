using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

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
        var stdout = PythonProcess.Run(["-", .. arguments], script);
        return JsonNode.Parse(stdout) ?? throw new InvalidOperationException("botocore oracle printed nothing");
    }
}
