using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Tests.Support;

/// <summary>
/// One botocore service generated and compiled as a consumer project compiles it: the problems (generator
/// diagnostics, compile warnings and errors), the clients, typed paginators and waiters it generated beside the
/// model's counts, and where the time went.
/// </summary>
internal sealed record ServiceCheck(
    string Service,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Clients,
    (int Paginators, int Waiters, int Plans) Generated,
    (int Paginators, int Waiters) Modeled,
    int Files,
    TimeSpan Generate,
    TimeSpan Compile)
{
    /// <summary>Generates <paramref name="service"/> and compiles its output.</summary>
    /// <param name="service">The botocore service name.</param>
    /// <param name="concurrentBuild">False when services are checked in parallel, so each compilation uses one thread.</param>
    public static ServiceCheck Run(string service, bool concurrentBuild)
    {
        var generate = Stopwatch.StartNew();
        var result = GeneratorHarness.CreateDriver(BotocoreModels.FilesOf(service), trackSteps: false)
            .RunGenerators(GeneratorHarness.EmptyCompilation(service)).GetRunResult();
        generate.Stop();
        var compileTime = Stopwatch.StartNew();
        var problems = GeneratorHarness.ConsumerCompilation(service, result.GeneratedTrees, concurrentBuild).GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        compileTime.Stop();
        problems.AddRange(result.Diagnostics);
        var sources = result.GeneratedTrees.Select(t => t.ToString()).ToList();
        var generated = (
            sources.Sum(s => Occurrences(s, "public global::BotoSharp.Paginators.PageIterator<")),
            sources.Sum(s => Occurrences(s, "_client.WaitAsync(")),
            sources.Sum(s => Occurrences(s, "private static global::BotoSharp.Paginators.TypedPagination<")));
        return new ServiceCheck(service, problems.Select(p => p.ToString()).ToList(), ClientsOf(sources).ToList(),
            generated, ModeledPaginatorsAndWaiters(service), sources.Count, generate.Elapsed, compileTime.Elapsed);
    }

    /// <summary>The fully qualified generated clients (classes deriving from BaseClient) among the sources.</summary>
    public static IEnumerable<string> ClientsOf(IEnumerable<string> sources) =>
        from source in sources
        let client = Regex.Match(source, @"^public partial class (\w+) : BaseClient", RegexOptions.Multiline)
        where client.Success
        select Regex.Match(source, @"^namespace ([\w.]+);", RegexOptions.Multiline).Groups[1].Value + "." + client.Groups[1].Value;

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    // The paginators and waiters of the service's model files whose operation the service model has.
    private static (int Paginators, int Waiters) ModeledPaginatorsAndWaiters(string service)
    {
        var folder = Path.GetDirectoryName(Directory.GetFiles(Path.Combine(BotocoreModels.Folder, service), "service-2.json", SearchOption.AllDirectories).Single())!;
        using var model = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "service-2.json")));
        var operations = model.RootElement.GetProperty("operations").EnumerateObject().Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        int Count(string file, string section, Func<System.Text.Json.JsonProperty, string> operationOf)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                return 0;
            }
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.TryGetProperty(section, out var all) ? all.EnumerateObject().Count(e => operations.Contains(operationOf(e))) : 0;
        }
        return (Count("paginators-1.json", "pagination", p => p.Name),
            Count("waiters-2.json", "waiters", w => w.Value.TryGetProperty("operation", out var op) ? op.GetString()! : string.Empty));
    }
}
