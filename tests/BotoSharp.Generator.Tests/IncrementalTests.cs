using System.Collections;
using System.Reflection;
using BotoSharp.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BotoSharp.Generator.Tests;

/// <summary>The pipeline caches: reruns, whitespace edits and doc edits re-render only what changed.</summary>
public class IncrementalTests
{
    private const string APath = "/p/alpha/2020-01-01/service-2.json";
    private const string BPath = "/p/beta/2020-01-01/service-2.json";

    private static (GeneratorDriver Driver, InMemoryAdditionalText A, InMemoryAdditionalText B) Start()
    {
        var a = new InMemoryAdditionalText(APath, TestModels.Minimal("Alpha"));
        var b = new InMemoryAdditionalText(BPath, TestModels.Minimal("Beta"));
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { a, b }).RunGenerators(GeneratorHarness.EmptyCompilation());
        return (driver, a, b);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver) =>
        driver.RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult().Results.Single();

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static IncrementalStepRunReason[] SourceOutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static readonly IncrementalStepRunReason[] s_reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Test]
    public void ARerunWithNoChangeIsCachedAtEveryStep()
    {
        var (driver, _, _) = Start();
        var result = Rerun(driver);
        foreach (var step in new[] { "Originals", "Files", "Groups", "Services", "Parse", "Model", "Specs", "Clients", "Emitted", "Diagnostics" })
        {
            Assert.That(Reasons(result, step), Is.All.AnyOf(s_reused), step);
        }
        Assert.That(SourceOutputReasons(result), Is.Not.Empty.And.All.AnyOf(s_reused));
    }

    [Test]
    public void AWhitespaceEditIsCanonicalizedAwaySoNothingIsReparsedOrRendered()
    {
        var (driver, a, _) = Start();
        var edited = new InMemoryAdditionalText(APath, TestModels.Minimal("Alpha").Replace("\n", "\n   ", StringComparison.Ordinal));
        var result = Rerun(driver.ReplaceAdditionalText(a, edited));
        Assert.That(Reasons(result, "Originals"), Has.Member(IncrementalStepRunReason.Modified));
        Assert.That(Reasons(result, "Files"), Is.All.AnyOf(s_reused));
        Assert.That(Reasons(result, "Parse"), Is.All.AnyOf(s_reused));
        Assert.That(Reasons(result, "Specs"), Is.All.AnyOf(s_reused));
        Assert.That(Reasons(result, "Emitted"), Is.All.AnyOf(s_reused));
        Assert.That(SourceOutputReasons(result), Is.All.AnyOf(s_reused));
    }

    [Test]
    public void AfterAWhitespaceEditDiagnosticsStillPointAtTheEditedLines()
    {
        var broken = TestModels.Minimal("Alpha").Replace("{\"shape\": \"Str\"}", "{\"shape\": \"Nope\"}", StringComparison.Ordinal);
        var a = new InMemoryAdditionalText(APath, broken);
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { a }).RunGenerators(GeneratorHarness.EmptyCompilation());
        var shifted = "\n\n" + broken;
        driver = driver.ReplaceAdditionalText(a, new InMemoryAdditionalText(APath, shifted)).RunGenerators(GeneratorHarness.EmptyCompilation());
        var diagnostic = driver.GetRunResult().Diagnostics.Single();
        var offset = shifted.IndexOf("\"Nope\"", StringComparison.Ordinal);
        Assert.That(diagnostic.Location.SourceSpan.Start, Is.EqualTo(offset));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(shifted[..offset].Count(c => c == '\n')));
    }

    [Test]
    public void ADocEditInOneServiceRerendersOnlyThatService()
    {
        var (driver, a, _) = Start();
        var edited = new InMemoryAdditionalText(APath, TestModels.Minimal("Alpha", doc: "Changed words."));
        var result = Rerun(driver.ReplaceAdditionalText(a, edited));
        var specs = Reasons(result, "Specs");
        Assert.That(specs.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1));
        Assert.That(specs.Count(r => s_reused.Contains(r)), Is.EqualTo(1));
        var changedSources = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Where(o => !s_reused.Contains(o.Reason)).ToList();
        Assert.That(changedSources, Has.Count.EqualTo(1), "only alpha's source output re-ran");
    }

    [Test]
    public void NoSymbolCompilationOrTextIsReachableFromAnyStepOutput()
    {
        var (driver, a, _) = Start();
        var result = Rerun(driver.ReplaceAdditionalText(a, new InMemoryAdditionalText(APath, TestModels.Minimal("Alpha", doc: "x"))));
        var forbidden = new[] { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(AdditionalText), typeof(SourceText), typeof(Location) };
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // Only the generator's own steps: Roslyn's input steps (AdditionalTexts…) and SourceOutput hold texts by design.
        var ours = new[] { "Originals", "Files", "Groups", "Services", "Options", "Parse", "Model", "Specs", "Clients", "Emitted", "Diagnostics" };
        Assert.That(result.TrackedSteps.Keys, Is.SupersetOf(ours.Where(s => s != "Options")));
        foreach (var step in result.TrackedSteps.Where(s => ours.Contains(s.Key)))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                Walk(output.Value, forbidden, visited, step.Key + ":" + (output.Value?.GetType().Name ?? "null"));
            }
        }
        Assert.That(visited, Is.Not.Empty);
    }

    private static void Walk(object? value, Type[] forbidden, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }
        var type = value.GetType();
        Assert.That(forbidden.Any(f => f.IsAssignableFrom(type)), Is.False, $"{type} reachable at {path}");
        Assert.That(type.Namespace?.StartsWith("BotoSharp.Generator.Parse", StringComparison.Ordinal) == true && type.Name.StartsWith("Json", StringComparison.Ordinal), Is.False, $"JSON node reachable at {path}");
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, forbidden, visited, $"{path}[{i++}]");
            }
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), forbidden, visited, path + "." + field.Name);
            }
        }
    }
}
