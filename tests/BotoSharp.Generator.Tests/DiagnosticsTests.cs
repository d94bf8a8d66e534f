using BotoSharp.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Tests;

/// <summary>Broken models give located diagnostics with stable ids, never a generator crash.</summary>
public class DiagnosticsTests
{
    private const string ServicePath = "/p/mini/2020-01-01/service-2.json";

    private static GeneratorRun Run(params (string Path, string Text)[] files) =>
        GeneratorHarness.Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)));

    private static (int Line, int Column) PositionOf(string text, string needle)
    {
        var offset = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.That(offset, Is.GreaterThanOrEqualTo(0), needle);
        var before = text[..offset];
        var line = before.Count(c => c == '\n');
        return (line, offset - (before.LastIndexOf('\n') + 1));
    }

    private static Diagnostic Single(GeneratorRun run, string id)
    {
        Assert.That(run.Result.Results.All(r => r.Exception is null), "the generator must not throw");
        return run.GeneratorDiagnostics.Single(d => d.Id == id);
    }

    private static void AssertAt(Diagnostic diagnostic, string path, (int Line, int Column) position)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.That(span.Path, Is.EqualTo(path));
        Assert.That((span.StartLinePosition.Line, span.StartLinePosition.Character), Is.EqualTo(position));
    }

    [Test]
    public void InvalidJsonIsReportedAtItsLineAndColumn()
    {
        const string text = "{\n  \"version\": \"2.0\",\n  \"metadata\": oops\n}";
        var diagnostic = Single(Run((ServicePath, text)), "BOTO001");
        AssertAt(diagnostic, ServicePath, (2, 14));
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(diagnostic.GetMessage(), Does.Contain("unexpected character 'o'"));
    }

    [Test]
    public void AMissingShapeReferenceIsReportedAtTheReference()
    {
        var text = TestModels.Minimal().Replace("\"Name\": {\"shape\": \"Str\"}", "\"Name\": {\"shape\": \"Nope\"}", StringComparison.Ordinal);
        var run = Run((ServicePath, text));
        AssertAt(Single(run, "BOTO101"), ServicePath, PositionOf(text, "\"Nope\""));
        Assert.That(run.GeneratorDiagnostics.Single().GetMessage(), Does.Contain("'Nope' referenced by 'DoItInput.Name'"));
    }

    [Test]
    public void AnUnknownProtocolIsReportedAtTheProtocolAndGeneratesNothing()
    {
        var text = TestModels.Minimal(protocol: "soap");
        var run = Run((ServicePath, text));
        AssertAt(Single(run, "BOTO102"), ServicePath, PositionOf(text, "\"soap\""));
        Assert.That(run.Sources, Is.Empty);
    }

    [Test]
    public void ADuplicateServiceKeepsTheNewestVersionAndReportsTheOther()
    {
        const string older = "/p/mini/2019-01-01/service-2.json";
        var run = Run((older, TestModels.Minimal()), (ServicePath, TestModels.Minimal()));
        AssertAt(Single(run, "BOTO103"), older, (0, 0));
        Assert.That(run.Sources["mini.MiniModelRegistration.g.cs"], Does.Contain("ApiVersion = \"2020-01-01\""));
    }

    [Test]
    public void APaginatorForAnUnknownOperationIsReportedAtItsKey()
    {
        const string path = "/p/mini/2020-01-01/paginators-1.json";
        const string text = "{\n  \"pagination\": {\n    \"ListNothing\": {\"input_token\": \"t\"}\n  }\n}";
        var run = Run((ServicePath, TestModels.Minimal()), (path, text));
        var diagnostic = Single(run, "BOTO105");
        AssertAt(diagnostic, path, (2, 4));
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void AWaiterForAnUnknownOperationIsReportedAtItsOperation()
    {
        const string path = "/p/mini/2020-01-01/waiters-2.json";
        const string text = "{\"version\": 2, \"waiters\": {\n  \"Done\": {\"operation\": \"Missing\", \"acceptors\": []}\n}}";
        var run = Run((ServicePath, TestModels.Minimal()), (path, text));
        AssertAt(Single(run, "BOTO106"), path, PositionOf(text, "\"Missing\""));
    }

    [Test]
    public void AModelWithTheWrongStructureIsADiagnosticNotACrash()
    {
        var run = Run((ServicePath, "{\"metadata\": {}, \"shapes\": [], \"operations\": {}}"));
        AssertAt(Single(run, "BOTO002"), ServicePath, (0, 0));
        Assert.That(run.Sources, Is.Empty);
    }

    [Test]
    public void OddButValidJsonInEveryFieldNeverThrows()
    {
        const string text = "{\"metadata\": {\"protocol\": \"json\", \"serviceId\": 5}, \"operations\": {\"X\": {\"http\": 1, \"input\": {\"shape\": 2}, \"errors\": [1, {\"shape\": \"Gone\"}]}}, "
            + "\"shapes\": {\"L\": {\"type\": \"list\"}, \"M\": {\"type\": \"map\", \"key\": {\"shape\": \"K\"}}, \"S\": {\"type\": \"structure\", \"members\": {\"a\": {}, \"b\": 3}}, \"E\": {\"type\": \"string\", \"enum\": [1, \"\"]}}}";
        var run = Run((ServicePath, text));
        Assert.That(run.Result.Results.All(r => r.Exception is null));
        Assert.That(run.GeneratorDiagnostics.Select(d => d.Id), Is.All.EqualTo("BOTO101"));
        Assert.That(run.CompileProblems.Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void TwoServicesThatWouldGenerateTheSameClientAreAnUnresolvableCollision()
    {
        const string other = "/p/mini-copy/2020-01-01/service-2.json";
        var run = Run((ServicePath, TestModels.Minimal()), (other, TestModels.Minimal()));
        var diagnostic = Single(run, "BOTO104");
        AssertAt(diagnostic, other, (0, 0));
        Assert.That(diagnostic.GetMessage(), Does.Contain("'BotoSharp.Services.Mini.MiniClient' in service 'mini-copy'"));
        // The colliding service emits nothing, so the diagnostic is not buried under duplicate-type errors.
        Assert.That(run.CompileProblems.Select(d => d.ToString()), Is.Empty);
        Assert.That(run.Sources, Is.EquivalentTo(Run((ServicePath, TestModels.Minimal())).Sources));
    }
}
