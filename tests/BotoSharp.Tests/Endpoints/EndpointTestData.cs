using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using BotoSharp.Endpoints;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Endpoints;

/// <summary>
/// Loads rule sets and the endpoint test files: the newest API version's rule set from botocore's installed
/// <c>data/</c> folder (found through python3), else from the repository's <c>models/</c>.
/// </summary>
internal static class EndpointTestData
{
    private static readonly Lazy<string?> s_botocoreData = new(() => BotocoreDataFolder.TryPath);
    private static readonly Lazy<string> s_partitions = new(() => File.ReadAllText(Path.Combine(RepoPaths.Models, "partitions.json")));
    private static readonly Dictionary<string, EndpointProvider> s_providers = new(StringComparer.Ordinal);

    /// <summary>The repository's <c>models/partitions.json</c>.</summary>
    public static string PartitionsJson => s_partitions.Value;

    /// <summary>The folder holding the endpoint test files, one sub-folder per service.</summary>
    public static string EndpointTestsFolder => Path.Combine(RepoPaths.Conformance, "endpoint-tests");

    /// <summary>The rules-engine vectors folder.</summary>
    public static string RulesEngineFolder => Path.Combine(RepoPaths.Conformance, "endpoint-rules-engine");

    /// <summary>The newest rule set of <paramref name="service"/>, or null when neither source has it.</summary>
    public static string? ReadNewestRuleSet(string service)
    {
        foreach (var root in new[] { s_botocoreData.Value, RepoPaths.Models })
        {
            if (root is null || !Directory.Exists(Path.Combine(root, service)))
            {
                continue;
            }
            var newest = Directory.GetDirectories(Path.Combine(root, service))
                .OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal).LastOrDefault();
            if (newest is null)
            {
                continue;
            }
            var plain = Path.Combine(newest, "endpoint-rule-set-1.json");
            if (File.Exists(plain))
            {
                return File.ReadAllText(plain);
            }
            var zipped = plain + ".gz";
            if (File.Exists(zipped))
            {
                using var stream = new GZipStream(File.OpenRead(zipped), CompressionMode.Decompress);
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }
        }
        return null;
    }

    /// <summary>One provider per service, shared by its cases (as a client shares it across calls).</summary>
    public static EndpointProvider ProviderFor(string service)
    {
        lock (s_providers)
        {
            if (!s_providers.TryGetValue(service, out var provider))
            {
                var ruleSet = ReadNewestRuleSet(service)
                    ?? throw new InconclusiveException($"No rule set for {service}: botocore's data folder was not found");
                provider = new EndpointProvider(ruleSet, PartitionsJson);
                s_providers[service] = provider;
            }
            return provider;
        }
    }

    /// <summary>Reads a test file's <c>testCases</c>.</summary>
    public static JsonArray ReadCases(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!["testCases"]!.AsArray();

    /// <summary>A case's <c>params</c> as plain values (arrays become <c>List&lt;object?&gt;</c>).</summary>
    public static Dictionary<string, object?> ToParameters(JsonNode? parameters)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameters is JsonObject map)
        {
            foreach (var (name, value) in map)
            {
                result[name] = ToPlain(value);
            }
        }
        return result;
    }

    private static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonObject map => map.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value when value.TryGetValue<long>(out var l) => l,
        JsonValue value when value.TryGetValue<double>(out var d) => d,
        _ => node.ToJsonString(),
    };
}
