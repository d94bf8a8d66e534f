using System.Text.Json;
using BotoSharp.Paginators;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Paginators;

/// <summary>
/// Every paginator of the services compiled into the repository (<c>models/</c>) whose operation needs no input, run
/// against moto_server by botocore and by BotoSharp with <c>MaxItems = 5</c> (and <c>PageSize = 2</c> where the
/// paginator has a limit key), then resumed from botocore's token: the same pages, tokens and full results, or the
/// same error where moto does not answer the operation.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PaginatorSweepDifferentialTests
{
    [Test]
    public async Task Every_paginator_that_needs_no_input_pages_as_botocore_does_against_moto()
    {
        var cases = PaginatorsWithoutRequiredInput().ToList();
        var (mismatches, scenarios, typed) = await PaginatorComparison.CompareAsync(cases);
        TestContext.Out.WriteLine($"paginator sweep: {cases.Count} paginators over {cases.Select(c => c.Service).Distinct().Count()} services, " +
            $"{scenarios - mismatches.Count}/{scenarios} scenarios agree; the typed paginator ran {typed.Count} of them " +
            $"({typed.Count(t => t.Planned)} on its compiled plan, {typed.Count(t => !t.Planned)} on the runtime engine)");
        mismatches.ForEach(m => TestContext.Out.WriteLine(m));
        Assert.That(cases, Has.Count.GreaterThan(100), "the sweep found the compiled-in paginators");
        Assert.That(typed.Count(t => t.Planned), Is.GreaterThan(100), "most compiled-in paginators page by member access");
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(10)));
    }

    private static IEnumerable<(string Service, string Operation, Dictionary<string, object?> Params, PaginationConfig Config)> PaginatorsWithoutRequiredInput()
    {
        foreach (var paginators in Directory.GetFiles(RepoPaths.Models, "paginators-1.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(paginators)!;
            var service = Path.GetFileName(Path.GetDirectoryName(folder))!;
            using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "service-2.json")));
            using var pagination = JsonDocument.Parse(File.ReadAllText(paginators));
            foreach (var paginator in pagination.RootElement.GetProperty("pagination").EnumerateObject())
            {
                if (!NeedsNoInput(model.RootElement, paginator.Name))
                {
                    continue;
                }
                var hasLimitKey = paginator.Value.TryGetProperty("limit_key", out _);
                yield return (service, paginator.Name, new Dictionary<string, object?>(),
                    hasLimitKey ? new PaginationConfig { MaxItems = 5, PageSize = 2 } : new PaginationConfig { MaxItems = 5 });
            }
        }
    }

    private static bool NeedsNoInput(JsonElement model, string operation)
    {
        if (!model.GetProperty("operations").TryGetProperty(operation, out var op))
        {
            return false;
        }
        if (!op.TryGetProperty("input", out var input))
        {
            return true;
        }
        var shape = model.GetProperty("shapes").GetProperty(input.GetProperty("shape").GetString()!);
        return !shape.TryGetProperty("required", out var required) || required.GetArrayLength() == 0;
    }
}
