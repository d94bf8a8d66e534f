using BotoSharp.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Tests;

/// <summary>Generated code compiles against the runtime with zero errors and zero warnings.</summary>
public class CompileTests
{
    private static IEnumerable<TestCaseData> Protocols() =>
        TestModels.Protocols.Select(p => new TestCaseData(p).SetName($"The kitchen-sink model under {p} compiles without warnings"));

    private static IEnumerable<TestCaseData> ShippedModels() =>
        Directory.EnumerateDirectories(RepoPaths.Models)
            .Select(Path.GetFileName)
            .Where(n => n != "archive")
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new TestCaseData(n).SetName($"The shipped {n} model generates and compiles without warnings"));

    [TestCaseSource(nameof(Protocols))]
    public void KitchenSinkCompilesUnderEveryProtocol(string protocol)
    {
        var run = GeneratorHarness.Run(TestModels.KitchenWithProtocol(protocol));
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.CompileProblems.Select(d => d.ToString()), Is.Empty);
        Assert.That(run.Sources, Has.Count.GreaterThan(10));
    }

    [TestCaseSource(nameof(ShippedModels))]
    public void ShippedModelCompiles(string service)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.FilesUnder(Path.Combine(RepoPaths.Models, service)));
        Assert.That(run.GeneratorDiagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(run.CompileProblems.Take(20).Select(d => d.ToString()), Is.Empty);
        Assert.That(run.Sources.Keys, Has.Some.EndsWith("Client.g.cs"));
    }

    [Test]
    public void TheNamespacePropertyMovesTheGeneratedTypes()
    {
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.BotoSharpNamespace"] = "Contoso.Aws.{Service}" });
        var run = GeneratorHarness.Run(TestModels.KitchenWithProtocol("json"), options);
        Assert.That(run.CompileProblems, Is.Empty);
        Assert.That(run.Output.GetTypeByMetadataName("Contoso.Aws.KitchenJson.KitchenJsonClient"), Is.Not.Null);
    }

    [Test]
    public void ItemMetadataOverridesTheServiceFolderName()
    {
        const string path = "/anywhere/custom/service-2.json";
        var options = new TestOptionsProvider(perFile: new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.BotoSharpServiceName"] = "mini" },
        });
        var run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText(path, TestModels.Minimal()) }, options);
        Assert.That(run.Sources.Keys, Has.Member("mini.MiniClient.g.cs"));
        Assert.That(run.Sources["mini.MiniModelRegistration.g.cs"], Does.Contain("ServiceName = \"mini\""));
    }

    [Test]
    public void OperationsAreNamedByTheirKeyNotTheirWireName()
    {
        var service = TestModels.Minimal().Replace("{\"name\": \"DoIt\",", "{\"name\": \"DoIt2020_05_31\",", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/m/mini/2020-01-01/service-2.json", service),
            new InMemoryAdditionalText("/m/mini/2020-01-01/paginators-1.json", "{\"pagination\": {\"DoIt\": {}}}"),
        });
        Assert.That(run.GeneratorDiagnostics, Is.Empty, "the paginator names the operation by its key, as CloudFront's do");
        Assert.That(run.Sources["mini.MiniClient.g.cs"], Does.Contain("Name = \"DoIt\",").And.Contain("DoItAsync("));
    }
}
