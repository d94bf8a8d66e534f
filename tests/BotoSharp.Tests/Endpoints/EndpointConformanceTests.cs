using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Endpoints;

/// <summary>
/// The 1,854 cases of <c>conformance/endpoint-tests</c>, each resolved with its service's newest rule set and
/// <c>partitions.json</c>. Cases with <c>operationInputs</c> are resolved here by their <c>params</c>; the
/// end-to-end run through generated clients belongs to the call path.
/// </summary>
[TestFixture]
public sealed class EndpointConformanceTests
{
    private const int ExpectedCaseCount = 1854;

    /// <summary>Every case, named "service #index: documentation".</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (service, index, testCase) in AllCases())
        {
            var documentation = testCase["documentation"]?.GetValue<string>() ?? "";
            yield return new TestCaseData(service, testCase).SetName($"{service} #{index:D3}: {documentation}");
        }
    }

    /// <summary>Resolving a case's params gives the expected URL, headers and properties, or the expected error.</summary>
    [TestCaseSource(nameof(Cases))]
    public void Resolving_the_params_gives_the_expected_endpoint_or_error(string service, JsonObject testCase)
    {
        var failure = EndpointExpectation.Check(EndpointTestData.ProviderFor(service), testCase);
        Assert.That(failure, Is.Null, failure);
    }

    /// <summary>All 1,854 cases exist and pass; prints the tally per service.</summary>
    [Test]
    public void Every_endpoint_test_case_passes_and_the_tally_is_printed()
    {
        var total = 0;
        var passed = 0;
        foreach (var group in AllCases().GroupBy(c => c.Service))
        {
            var provider = EndpointTestData.ProviderFor(group.Key);
            var groupPassed = group.Count(c => EndpointExpectation.Check(provider, c.Case) is null);
            TestContext.Out.WriteLine($"{group.Key}: {groupPassed}/{group.Count()}");
            total += group.Count();
            passed += groupPassed;
        }
        TestContext.Out.WriteLine($"endpoint-tests passed {passed}/{total}");
        Assert.Multiple(() =>
        {
            Assert.That(total, Is.EqualTo(ExpectedCaseCount));
            Assert.That(passed, Is.EqualTo(total));
        });
    }

    private static IEnumerable<(string Service, int Index, JsonObject Case)> AllCases()
    {
        foreach (var folder in Directory.GetDirectories(EndpointTestData.EndpointTestsFolder).Order(StringComparer.Ordinal))
        {
            var service = Path.GetFileName(folder);
            var index = 0;
            foreach (var testCase in EndpointTestData.ReadCases(Path.Combine(folder, "endpoint-tests-1.json")))
            {
                yield return (service, index++, testCase!.AsObject());
            }
        }
    }
}
