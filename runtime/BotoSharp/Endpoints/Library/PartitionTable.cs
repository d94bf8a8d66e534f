using System.Text.Json;
using System.Text.RegularExpressions;
using BotoSharp.Caching;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Library;

/// <summary>
/// <c>partitions.json</c> for <c>aws.partition</c>: a region matches a partition by its region list or its
/// <c>regionRegex</c> (anchored at the start, as Python's <c>re.match</c>); no match falls back to the first
/// partition. Each partition's output map (its <c>outputs</c> plus <c>name</c> = id) is built once and shared.
/// </summary>
internal sealed class PartitionTable
{
    // Regions are few and asked for on every resolution; remember each answer (bounded, for odd input).
    private const int MaxRemembered = 1024;

    private readonly Entry[] _entries;
    private readonly BoundedCache<string, IReadOnlyDictionary<string, object?>> _byRegion = new(MaxRemembered, StringComparer.Ordinal);

    private PartitionTable(Entry[] entries) => _entries = entries;

    private static readonly Lazy<PartitionTable> s_builtin = new(() => Parse(Loading.EmbeddedData.Document("partitions")));

    /// <summary>The embedded <c>partitions.json</c>, parsed once per process (the table is immutable and thread-safe).</summary>
    public static PartitionTable Builtin => s_builtin.Value;

    /// <summary>Parses the partitions document.</summary>
    public static PartitionTable Parse(string partitionsJson)
    {
        try
        {
            using var document = JsonDocument.Parse(partitionsJson);
            return Parse(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new EndpointResolutionError($"Invalid partitions data: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a parsed partitions document.</summary>
    public static PartitionTable Parse(JsonElement root)
    {
        try
        {
            if (!root.TryGetProperty("partitions", out var partitions)
                || partitions.ValueKind != JsonValueKind.Array || partitions.GetArrayLength() == 0)
            {
                throw new EndpointResolutionError("partitions.json has no partitions");
            }
            var entries = new List<Entry>();
            foreach (var partition in partitions.EnumerateArray())
            {
                var id = partition.GetProperty("id").GetString() ?? "";
                var regex = RegionRegex(partition.GetProperty("regionRegex").GetString() ?? "");
                var regions = new HashSet<string>(StringComparer.Ordinal);
                if (partition.TryGetProperty("regions", out var regionMap) && regionMap.ValueKind == JsonValueKind.Object)
                {
                    foreach (var region in regionMap.EnumerateObject())
                    {
                        regions.Add(region.Name);
                    }
                }
                var outputs = partition.TryGetProperty("outputs", out var outputElement)
                    ? JsonValues.ToPlain(outputElement) as Dictionary<string, object?> ?? new(StringComparer.Ordinal)
                    : new Dictionary<string, object?>(StringComparer.Ordinal);
                outputs["name"] = id;
                entries.Add(new Entry(id, regex, regions, outputs));
            }
            return new PartitionTable(entries.ToArray());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new EndpointResolutionError($"Invalid partitions data: {ex.Message}", ex);
        }
    }

    /// <summary>The output map of the partition holding <paramref name="region"/> (first partition if none).</summary>
    public IReadOnlyDictionary<string, object?> Resolve(string? region)
    {
        if (region is null)
        {
            return _entries[0].Outputs;
        }
        if (_byRegion.TryGetValue(region, out var known))
        {
            return known;
        }
        var outputs = Match(region);
        _byRegion.Remember(region, outputs);
        return outputs;
    }

    private IReadOnlyDictionary<string, object?> Match(string region)
    {
        foreach (var entry in _entries)
        {
            if (entry.Regions.Contains(region) || entry.RegionRegex.Value.IsMatch(region))
            {
                return entry.Outputs;
            }
        }
        return _entries[0].Outputs;
    }

    // Built on the first region that is in no partition's list (never, for the usual regions): constructing a Regex
    // parses the pattern and JIT-compiles the interpreter's generic helpers in every cold process. A malformed
    // pattern is then the same EndpointResolutionError, raised by that resolution instead of by Parse.
    private static Lazy<Regex> RegionRegex(string pattern) => new(() =>
    {
        try
        {
            return new Regex(@"\A(?:" + pattern + ")", RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw new EndpointResolutionError($"Invalid partitions data: {ex.Message}", ex);
        }
    });

    private sealed record Entry(string Id, Lazy<Regex> RegionRegex, HashSet<string> Regions, Dictionary<string, object?> Outputs);
}
