using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Loading;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Generator.Tests.Support;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Protocols.TypedReading;
using ConformancePaths = BotoSharp.Tests.Support.RepoPaths;

namespace BotoSharp.Generator.Tests;

/// <summary>
/// botocore's output conformance cases on the typed path (XML and JSON protocols): each suite of a protocol file becomes a tiny service
/// (its shapes, one operation per case), all generated and compiled in memory in one go; each success case is then
/// read by the typed reader into the generated output type and must give the values of the dictionary path
/// (parser, then <c>FromParsed</c>), which the runtime's own conformance tests hold to botocore's expected results.
/// </summary>
public sealed class TypedOutputConformanceTests
{
    /// <summary>The XML and JSON protocol files, current and legacy (awsJson 1.0 has current cases only).</summary>
    public static IEnumerable<TestCaseData> Files() =>
        (from legacy in new[] { false, true }
         from protocol in new[] { "rest-xml", "query", "ec2", "json", "rest-json" }
         select (Protocol: protocol, Legacy: legacy))
        .Append((Protocol: "json_1_0", Legacy: false))
        .Select(file => new TestCaseData(file.Protocol, file.Legacy)
            .SetName($"typed output conformance: {file.Protocol}{(file.Legacy ? " legacy" : string.Empty)}"));

    [TestCaseSource(nameof(Files))]
    public void EverySuccessCaseReadsTypedAsTheDictionaryPathReadsIt(string protocol, bool legacy)
    {
        var folder = legacy ? Path.Combine(ConformancePaths.Conformance, "protocols", "legacy", "output") : Path.Combine(ConformancePaths.Conformance, "protocols", "output");
        var suites = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, protocol + ".json")))!.AsArray().Select(s => s!.AsObject()).ToList();
        var ignored = IgnoredCases(protocol);
        var assembly = Compile(suites, protocol, legacy);
        var (same, fellBack, problems) = (0, new List<string>(), new List<string>());
        for (var i = 0; i < suites.Count; i++)
        {
            var client = CompiledModelRegistry.Find(ServiceName(protocol, legacy, i))!.ClientType;
            var cases = suites[i]["cases"]!.AsArray();
            for (var j = 0; j < cases.Count; j++)
            {
                var testCase = cases[j]!.AsObject();
                if (testCase.ContainsKey("error") || testCase["given"]?["output"] is null || ignored.Contains(testCase["id"]?.GetValue<string>() ?? string.Empty))
                {
                    continue;
                }
                var label = $"{i}:{j} {testCase["id"]?.GetValue<string>() ?? suites[i]["description"]!.GetValue<string>()}";
                var outputType = client.GetMethod($"Op{j}Async")!.ReturnType.GetGenericArguments()[0];
                var outcome = RunCase(suites[i], testCase, outputType, overXmlReader: false);
                // XML is read by the byte reader inside its subset and by XmlReader outside it: both must agree.
                if (outcome is null && protocol is "rest-xml" or "query" or "ec2" && RunCase(suites[i], testCase, outputType, overXmlReader: true) is { } overReader)
                {
                    outcome = "over XmlReader: " + overReader;
                }
                switch (outcome)
                {
                    case null:
                        same++;
                        break;
                    case { } fallback when fallback.StartsWith("fallback", StringComparison.Ordinal):
                        fellBack.Add($"{label}: {fallback}");
                        break;
                    default:
                        problems.Add($"{label}: {outcome}");
                        break;
                }
            }
        }
        TestContext.Out.WriteLine($"{protocol}{(legacy ? " legacy" : string.Empty)}: {same} typed = dictionary, {fellBack.Count} fell back to the dictionary path");
        foreach (var line in fellBack)
        {
            TestContext.Out.WriteLine("  fallback " + line);
        }
        Assert.That(problems, Is.Empty);
        GC.KeepAlive(assembly);
    }

    // Reads the case both ways; null when the values agree, "fallback: …" when the typed reader gave up.
    private static string? RunCase(JsonObject suite, JsonObject testCase, Type outputType, bool overXmlReader)
    {
        var description = (JsonObject)suite.DeepClone();
        description.Remove("cases");
        var name = testCase["given"]!["name"]?.GetValue<string>() ?? "OperationName";
        description["operations"] = new JsonObject { [name] = testCase["given"]!.DeepClone() };
        var metadataProtocol = description["metadata"]!["protocol"]!.GetValue<string>();
        // botocore's runner gives query output shapes with members the result wrapper "{Operation}Result".
        var outputName = testCase["given"]!["output"]!["shape"]!.GetValue<string>();
        if (metadataProtocol == "query" && description["shapes"]![outputName] is JsonObject { } output && output["members"] is JsonObject { Count: > 0 })
        {
            output["resultWrapper"] = name + "Result";
        }
        var operation = new ServiceModel(description).OperationModel(name);
        var response = testCase["response"]!.AsObject();
        var headers = new HeaderCollection();
        foreach (var (header, value) in response["headers"] as JsonObject ?? new JsonObject())
        {
            headers.Set(header, value!.GetValue<string>());
        }
        var body = response["body"] is JsonValue b ? Encoding.UTF8.GetBytes(b.GetValue<string>())
            : metadataProtocol == "query" ? Encoding.UTF8.GetBytes("<xml/>") : Array.Empty<byte>();
        var status = response["status_code"]?.GetValue<int>() ?? 200;
        var (typed, _, fallback) = TypedReadProbe.Typed(outputType, new ProtocolResponse(status, headers, body), operation, metadataProtocol, overXmlReader);
        if (fallback is not null)
        {
            return "fallback: " + fallback.Message;
        }
        var (expected, _) = TypedReadProbe.Dictionary(outputType, new ProtocolResponse(status, headers, body), operation, metadataProtocol);
        return PlainValues.AreEqual(typed, expected, out var path)
            ? null
            : $"differs at {path}\n typed: {PlainValues.Describe(typed)}\n dict:  {PlainValues.Describe(expected)}";
    }

    private static string ServiceName(string protocol, bool legacy, int suite) =>
        $"conf{protocol.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)}{(legacy ? "legacy" : string.Empty)}s{suite}";

    // One service per suite (its own namespace), one operation Op{j} per case; generated, compiled and loaded once.
    private static Assembly Compile(IReadOnlyList<JsonObject> suites, string protocol, bool legacy) =>
        TypedConformanceServices.Compile(suites.Select((suite, i) => (ServiceName(protocol, legacy, i), suite,
            suite["cases"]!.AsArray().Select((c, j) => (j, c!["given"]!)))));

    // The ignore list's output cases for this protocol (botocore skips them too).
    private static HashSet<string> IgnoredCases(string protocol)
    {
        var list = JsonNode.Parse(File.ReadAllText(Path.Combine(ConformancePaths.Conformance, "protocols", "protocol-tests-ignore-list.json")))!;
        var cases = list["protocols"]?[protocol]?["output"]?["cases"] as JsonArray ?? new JsonArray();
        return cases.Select(c => c!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
    }
}
