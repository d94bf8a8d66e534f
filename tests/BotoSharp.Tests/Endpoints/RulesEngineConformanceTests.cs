using System.Text.Json.Nodes;
using BotoSharp.Endpoints;

namespace BotoSharp.Tests.Endpoints;

/// <summary>
/// botocore's rules-engine vectors: each <c>valid-rules/X.json</c> resolved against the cases in
/// <c>test-cases/X.json</c> with the real <c>partitions.json</c>.
/// </summary>
[TestFixture]
public sealed class RulesEngineConformanceTests
{
    private const int ExpectedCaseCount = 101;

    private static readonly Dictionary<string, EndpointProvider> s_providers = new(StringComparer.Ordinal);

    /// <summary>Every vector, named "rule set #index: documentation".</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (name, index, testCase) in AllCases())
        {
            var documentation = testCase["documentation"]?.GetValue<string>() ?? "";
            yield return new TestCaseData(name, testCase).SetName($"{name} #{index:D2}: {documentation}");
        }
    }

    /// <summary>Every valid rule set, including those without test cases.</summary>
    public static IEnumerable<TestCaseData> RuleSets() =>
        Directory.GetFiles(Path.Combine(EndpointTestData.RulesEngineFolder, "valid-rules"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileNameWithoutExtension(path))
                .SetName($"valid rule set {Path.GetFileNameWithoutExtension(path)} parses"));

    /// <summary>A vector resolves to its expected endpoint or error.</summary>
    [TestCaseSource(nameof(Cases))]
    public void The_rules_engine_vector_resolves_as_botocore_does(string ruleSet, JsonObject testCase)
    {
        var failure = EndpointExpectation.Check(Provider(ruleSet), testCase);
        Assert.That(failure, Is.Null, failure);
    }

    /// <summary>Each valid rule set parses into a provider exposing its parameters.</summary>
    [TestCaseSource(nameof(RuleSets))]
    public void A_valid_rule_set_parses_and_exposes_its_parameters(string ruleSet)
    {
        var provider = Provider(ruleSet);
        Assert.That(provider.Parameters, Is.Not.Empty);
    }

    /// <summary>All 101 vectors exist and pass; prints the tally.</summary>
    [Test]
    public void Every_rules_engine_vector_passes_and_the_tally_is_printed()
    {
        var cases = AllCases().ToList();
        var passed = cases.Count(c => EndpointExpectation.Check(Provider(c.RuleSet), c.Case) is null);
        TestContext.Out.WriteLine($"endpoint-rules-engine passed {passed}/{cases.Count}");
        Assert.Multiple(() =>
        {
            Assert.That(cases, Has.Count.EqualTo(ExpectedCaseCount));
            Assert.That(passed, Is.EqualTo(cases.Count));
        });
    }

    private static EndpointProvider Provider(string ruleSet)
    {
        lock (s_providers)
        {
            if (!s_providers.TryGetValue(ruleSet, out var provider))
            {
                var json = File.ReadAllText(Path.Combine(EndpointTestData.RulesEngineFolder, "valid-rules", ruleSet + ".json"));
                provider = new EndpointProvider(json, EndpointTestData.PartitionsJson);
                s_providers[ruleSet] = provider;
            }
            return provider;
        }
    }

    private static IEnumerable<(string RuleSet, int Index, JsonObject Case)> AllCases()
    {
        var folder = Path.Combine(EndpointTestData.RulesEngineFolder, "test-cases");
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var index = 0;
            foreach (var testCase in EndpointTestData.ReadCases(path))
            {
                yield return (name, index++, testCase!.AsObject());
            }
        }
    }
}
