using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Generator.Tests.Support;

/// <summary>
/// botocore's protocol conformance suites as generated services: each suite becomes a tiny service of its own (its
/// shapes, one operation <c>Op{j}</c> per case <c>j</c>), generated in memory, compiled and loaded with its model
/// registered, so a test can build the generated typed shapes of any case.
/// </summary>
internal static class TypedConformanceServices
{
    /// <summary>The service of <paramref name="testCase"/>'s suite among those compiled under <paramref name="prefix"/>.</summary>
    public static string ServiceName(ProtocolTestCase testCase, string prefix) => ServiceName(prefix, testCase.SuiteIndex);

    /// <summary>The service of suite <paramref name="suite"/> among those compiled under <paramref name="prefix"/>.</summary>
    public static string ServiceName(string prefix, int suite) =>
        new string(prefix.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant() + suite;

    /// <summary>Compiles one service per suite of <paramref name="cases"/>, with an operation per case.</summary>
    public static Assembly Compile(IEnumerable<ProtocolTestCase> cases, string prefix) =>
        Compile(cases.GroupBy(c => c.SuiteIndex).Select(suite => (
            ServiceName(prefix, suite.Key),
            suite.First().Suite,
            suite.Select(c => (c.CaseIndex, (JsonNode)c.Case["given"]!)))));

    /// <summary>Compiles one service per suite: its name, the suite (metadata and shapes) and each case's index and <c>given</c>.</summary>
    public static Assembly Compile(IEnumerable<(string Service, JsonObject Suite, IEnumerable<(int Index, JsonNode Given)> Cases)> suites)
    {
        var files = new List<Microsoft.CodeAnalysis.AdditionalText>();
        foreach (var (service, suite, cases) in suites)
        {
            var operations = new JsonObject();
            foreach (var (index, given) in cases)
            {
                var operation = given.DeepClone().AsObject();
                operation["name"] = $"Op{index}";
                operations[$"Op{index}"] = operation;
            }
            var model = new JsonObject
            {
                ["metadata"] = new JsonObject
                {
                    ["apiVersion"] = "2020-01-01",
                    ["endpointPrefix"] = service,
                    ["protocol"] = suite["metadata"]!["protocol"]!.DeepClone(),
                    ["serviceId"] = service,
                    ["signatureVersion"] = "v4",
                    ["uid"] = service + "-2020-01-01",
                },
                ["shapes"] = suite["shapes"]!.DeepClone(),
                ["operations"] = operations,
            };
            files.Add(new InMemoryAdditionalText($"models/{service}/2020-01-01/service-2.json", model.ToJsonString()));
        }
        var run = GeneratorHarness.Run(files);
        var errors = run.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(5).ToList();
        Assert.That(errors, Is.Empty, "the generated conformance services must compile");
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.That(emitted.Success, Is.True, string.Join("\n", emitted.Diagnostics.Take(5)));
        var assembly = Assembly.Load(image.ToArray());
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        return assembly;
    }
}
