using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Legacy;

/// <summary>
/// The partition queries of botocore's legacy <c>EndpointResolver</c>, over an <c>endpoints.json</c> document (version
/// 3): partitions in file order, the partition of a region, and the endpoint names a service lists in a partition.
/// </summary>
public sealed class LegacyPartitions
{
    private readonly JsonObject _endpointData;
    private readonly ConcurrentDictionary<string, Regex> _regexCache = new(StringComparer.Ordinal);

    /// <summary>Wraps a parsed <c>endpoints.json</c>.</summary>
    /// <exception cref="InvalidConfigError">The document has no <c>partitions</c> list.</exception>
    public LegacyPartitions(JsonObject endpointData)
    {
        ArgumentNullException.ThrowIfNull(endpointData);
        if (endpointData["partitions"] is not JsonArray)
        {
            throw new InvalidConfigError("endpoints data has no 'partitions' list");
        }
        _endpointData = endpointData;
    }

    /// <summary>The endpoints document this reads.</summary>
    public JsonObject EndpointData => _endpointData;

    /// <summary>Partition ids (<c>aws</c>, <c>aws-cn</c>…) in file order.</summary>
    public IReadOnlyList<string> GetAvailablePartitions() =>
        Partitions().Select(p => (string?)p["partition"] ?? string.Empty).ToList();

    /// <summary>
    /// The first partition whose <c>regions</c> has <paramref name="regionName"/> or whose <c>regionRegex</c> matches
    /// it at its start (Python's <c>re.match</c>).
    /// </summary>
    /// <exception cref="UnknownRegionError">No partition matches.</exception>
    public string GetPartitionForRegion(string regionName)
    {
        ArgumentNullException.ThrowIfNull(regionName);
        foreach (var partition in Partitions())
        {
            if (RegionMatches(partition, regionName))
            {
                return (string?)partition["partition"] ?? string.Empty;
            }
        }
        throw new UnknownRegionError(regionName, "No partition found for provided region_name.");
    }

    /// <summary>
    /// The endpoint names of <paramref name="endpointPrefix"/> in <paramref name="partitionName"/>, in file order;
    /// only names listed in the partition's <c>regions</c> unless <paramref name="allowNonRegional"/>. An unknown
    /// partition or service gives an empty list.
    /// </summary>
    public IReadOnlyList<string> GetAvailableEndpoints(string endpointPrefix, string partitionName = "aws", bool allowNonRegional = false)
    {
        ArgumentNullException.ThrowIfNull(endpointPrefix);
        ArgumentNullException.ThrowIfNull(partitionName);
        var result = new List<string>();
        foreach (var partition in Partitions())
        {
            if ((string?)partition["partition"] != partitionName)
            {
                continue;
            }
            if (partition["services"]?[endpointPrefix]?["endpoints"] is not JsonObject endpoints)
            {
                continue;
            }
            var regions = partition["regions"] as JsonObject;
            foreach (var (endpointName, _) in endpoints)
            {
                var regional = regions?.ContainsKey(endpointName) ?? false;
                if (allowNonRegional || regional)
                {
                    result.Add(endpointName);
                }
            }
        }
        return result;
    }

    private IEnumerable<JsonObject> Partitions() => ((JsonArray)_endpointData["partitions"]!).OfType<JsonObject>();

    private bool RegionMatches(JsonObject partition, string regionName)
    {
        if (partition["regions"] is JsonObject regions && regions.ContainsKey(regionName))
        {
            return true;
        }
        if (partition["regionRegex"] is JsonValue value && value.TryGetValue<string>(out var pattern))
        {
            var regex = _regexCache.GetOrAdd(pattern, p => new Regex(@"\G(?:" + p + ")", RegexOptions.CultureInvariant));
            return regex.IsMatch(regionName);
        }
        return false;
    }
}
