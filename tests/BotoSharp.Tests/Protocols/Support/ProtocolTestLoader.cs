using BotoSharp.Tests.Support;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Protocols.Support;

/// <summary>
/// Loads botocore's protocol conformance cases from <c>Conformance/protocols</c>, skipping what botocore's
/// own runner skips: suites and cases on the ignore list (the <c>general</c> section and the file's own section, legacy
/// files matched by the same base name) and cases without <c>params</c> (input) or <c>response</c> (output).
/// </summary>
public static class ProtocolTestLoader
{
    private static readonly Lazy<JsonObject> s_ignoreList = new(() => (JsonObject)JsonNode.Parse(
        File.ReadAllText(Path.Combine(Root, "protocol-tests-ignore-list.json")))!);

    /// <summary>The protocols folder.</summary>
    public static string Root => Path.Combine(RepoPaths.Conformance, "protocols");

    /// <summary>The cases of one protocol file and kind, current and (when <paramref name="includeLegacy"/>) legacy.</summary>
    public static IEnumerable<ProtocolTestCase> Load(string protocol, string kind, bool includeLegacy = true)
    {
        foreach (var c in LoadFile(Path.Combine(Root, kind, protocol + ".json"), protocol, kind, legacy: false))
        {
            yield return c;
        }
        var legacyPath = Path.Combine(Root, "legacy", kind, protocol + ".json");
        if (includeLegacy && File.Exists(legacyPath))
        {
            foreach (var c in LoadFile(legacyPath, protocol, kind, legacy: true))
            {
                yield return c;
            }
        }
    }

    /// <summary>Whether botocore's runner ignores a suite or case of a protocol and kind.</summary>
    public static bool IsIgnored(string protocol, string kind, string suite, string? caseId)
    {
        static bool Listed(JsonNode? section, string key, string? value) =>
            value is not null && section?[key] is JsonArray items && items.Any(i => i?.GetValue<string>() == value);

        var general = s_ignoreList.Value["general"]?[kind];
        if (Listed(general, "suites", suite) || Listed(general, "cases", caseId))
        {
            return true;
        }
        var own = s_ignoreList.Value["protocols"]?[protocol]?[kind];
        return Listed(own, "suites", suite) || Listed(own, "cases", caseId);
    }

    private static IEnumerable<ProtocolTestCase> LoadFile(string path, string protocol, string kind, bool legacy)
    {
        if (!File.Exists(path))
        {
            yield break;
        }
        var suites = (JsonArray)JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!;
        for (var i = 0; i < suites.Count; i++)
        {
            var suite = (JsonObject)suites[i]!;
            var cases = suite["cases"] as JsonArray ?? new JsonArray();
            var header = (JsonObject)suite.DeepClone();
            header.Remove("cases");
            var description = header["description"]?.GetValue<string>() ?? string.Empty;
            for (var j = 0; j < cases.Count; j++)
            {
                var testCase = (JsonObject)cases[j]!;
                if (IsIgnored(protocol, kind, description, testCase["id"]?.GetValue<string>()))
                {
                    continue;
                }
                if (!testCase.ContainsKey(kind == "input" ? "params" : "response"))
                {
                    continue;
                }
                yield return new ProtocolTestCase(protocol, kind, legacy, i, j, header, testCase);
            }
        }
    }
}
