using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.XmlConformance;

/// <summary>
/// Loads the query, ec2 and rest-xml protocol tests (current and legacy) and leaves out what botocore's runner leaves
/// out: suites and case ids in the ignore list, and input cases without <c>params</c>.
/// </summary>
public static class XmlProtocolCaseSource
{
    private static readonly string[] s_protocols = { "query", "ec2", "rest-xml" };

    /// <summary>The input (serialization) cases, one test each.</summary>
    public static IEnumerable<TestCaseData> Input() => Cases("input", "params");

    /// <summary>The output (parsing) cases, one test each.</summary>
    public static IEnumerable<TestCaseData> Output() => Cases("output", "response");

    private static IEnumerable<TestCaseData> Cases(string kind, string requiredKey)
    {
        var ignore = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Conformance, "protocols", "protocol-tests-ignore-list.json")))!.AsObject();
        var generalSuites = Names(ignore["general"]?[kind]?["suites"]);
        var generalCases = Names(ignore["general"]?[kind]?["cases"]);
        foreach (var protocol in s_protocols)
        {
            var ignoredSuites = Names(ignore["protocols"]?[protocol]?[kind]?["suites"]).Union(generalSuites).ToHashSet();
            var ignoredCases = Names(ignore["protocols"]?[protocol]?[kind]?["cases"]).Union(generalCases).ToHashSet();
            foreach (var source in new[] { $"{kind}/{protocol}.json", $"legacy/{kind}/{protocol}.json" })
            {
                var suites = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Conformance, "protocols", source)))!.AsArray();
                for (var s = 0; s < suites.Count; s++)
                {
                    var suite = suites[s]!.AsObject();
                    if (ignoredSuites.Contains(suite["description"]?.GetValue<string>() ?? string.Empty))
                    {
                        continue;
                    }
                    var cases = suite["cases"]!.AsArray();
                    for (var c = 0; c < cases.Count; c++)
                    {
                        var testCase = cases[c]!.AsObject();
                        if (!testCase.ContainsKey(requiredKey)
                            || (testCase["id"] is { } id && ignoredCases.Contains(id.GetValue<string>())))
                        {
                            continue;
                        }
                        var data = new XmlProtocolCase(protocol, source, s, c, suite, testCase);
                        yield return new TestCaseData(data).SetName($"{protocol} {kind}: {data.Name} ({source} {s}:{c})");
                    }
                }
            }
        }
    }

    private static HashSet<string> Names(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();
}
