using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Legacy;

/// <summary>
/// botocore's <c>EndpointResolver.construct_endpoint</c> over the legacy <c>endpoints.json</c>: finds the endpoint
/// data for a service in a region (explicit entry, partition region match, or the <c>aws</c> partition forced),
/// merging endpoint → service defaults → partition defaults and picking fips/dualstack variants.
/// </summary>
internal sealed class LegacyEndpointResolver
{
    // One resolver per service over the embedded data's slice of it (what ConstructEndpoint and KnownEndpoints read
    // for a service is the same in its slice as in the whole file): at most one per service name.
    private static readonly ConcurrentDictionary<string, LegacyEndpointResolver> s_builtin = new(StringComparer.Ordinal);
    private static readonly string[] s_noDualstackPartitions = { "aws-iso", "aws-iso-b" };
    private readonly JsonObject _data;

    /// <summary>Wraps parsed <c>endpoints.json</c> data.</summary>
    public LegacyEndpointResolver(JsonObject endpointsData) => _data = endpointsData;

    /// <summary>
    /// The resolver over the embedded botocore <c>endpoints.json</c> for <paramref name="serviceName"/> (its endpoint
    /// prefix) only, read once per process and service.
    /// </summary>
    public static LegacyEndpointResolver BuiltinFor(string serviceName) =>
        s_builtin.GetOrAdd(serviceName, static name => new LegacyEndpointResolver(EndpointSlices.ForService(name)));

    /// <summary>
    /// The merged endpoint data (<c>hostname</c>, <c>protocols</c>, <c>credentialScope</c>, <c>signatureVersions</c>,
    /// <c>partition</c>, <c>endpointName</c>…) or null when no partition matches.
    /// </summary>
    /// <exception cref="NoRegionError">No region and the service has no partition endpoint.</exception>
    /// <exception cref="EndpointVariantError">The requested fips/dualstack variant does not exist.</exception>
    public JsonObject? ConstructEndpoint(string serviceName, string? regionName, string? partitionName = null, bool useDualstack = false, bool useFips = false)
    {
        if (serviceName == "s3" && useDualstack && regionName is null)
        {
            regionName = "us-east-1";
        }
        var partitions = _data["partitions"]!.AsArray();
        if (partitionName is not null)
        {
            var partition = partitions.FirstOrDefault(p => (string?)p!["partition"] == partitionName);
            return partition is null ? null : EndpointForPartition(partition.AsObject(), serviceName, regionName, useDualstack, useFips, forcePartition: true);
        }
        foreach (var node in partitions)
        {
            var partition = node!.AsObject();
            if (useDualstack && s_noDualstackPartitions.Contains((string?)partition["partition"]))
            {
                continue;
            }
            var result = EndpointForPartition(partition, serviceName, regionName, useDualstack, useFips, forcePartition: false);
            if (result is not null)
            {
                return result;
            }
        }
        return null;
    }

    /// <summary>The endpoint keys <c>endpoints.json</c> lists for a service in a partition.</summary>
    public IReadOnlyCollection<string> KnownEndpoints(string serviceName, string partitionName)
    {
        var partition = _data["partitions"]!.AsArray().FirstOrDefault(p => (string?)p!["partition"] == partitionName);
        return partition?["services"]?[serviceName]?["endpoints"] is JsonObject endpoints ? endpoints.Select(e => e.Key).ToList() : Array.Empty<string>();
    }

    private static JsonObject? EndpointForPartition(JsonObject partition, string serviceName, string? regionName, bool useDualstack, bool useFips, bool forcePartition)
    {
        var partitionName = (string)partition["partition"]!;
        if (useDualstack && s_noDualstackPartitions.Contains(partitionName))
        {
            throw new EndpointVariantError("['dualstack']", $"Dualstack endpoints are currently not supported for {partitionName} partition");
        }
        var serviceData = partition["services"]?[serviceName] as JsonObject ?? new JsonObject { ["endpoints"] = new JsonObject() };
        if (regionName is null)
        {
            regionName = (string?)serviceData["partitionEndpoint"] ?? throw new NoRegionError();
        }
        var endpoints = serviceData["endpoints"] as JsonObject ?? new JsonObject();
        if (endpoints.ContainsKey(regionName))
        {
            return Resolve(partition, serviceName, serviceData, regionName, useDualstack, useFips);
        }
        if (RegionMatches(partition, regionName) || forcePartition)
        {
            var partitionEndpoint = (string?)serviceData["partitionEndpoint"];
            var isRegionalized = serviceData["isRegionalized"] is not JsonValue regionalized || regionalized.GetValue<bool>();
            var endpointName = partitionEndpoint is not null && !isRegionalized ? partitionEndpoint : regionName;
            return Resolve(partition, serviceName, serviceData, endpointName, useDualstack, useFips);
        }
        return null;
    }

    /// <summary>True when the partition lists the region or its <c>regionRegex</c> matches it (anchored at the start).</summary>
    internal static bool RegionMatches(JsonObject partition, string regionName)
    {
        if (partition["regions"] is JsonObject regions && regions.ContainsKey(regionName))
        {
            return true;
        }
        return partition["regionRegex"] is JsonValue regex && Regex.Match(regionName, "\\G(?:" + (string)regex! + ")").Success;
    }

    private static JsonObject Resolve(JsonObject partition, string serviceName, JsonObject serviceData, string endpointName, bool useDualstack, bool useFips)
    {
        var endpointData = serviceData["endpoints"]?[endpointName] as JsonObject ?? new JsonObject();
        var serviceDefaults = serviceData["defaults"] as JsonObject ?? new JsonObject();
        var partitionDefaults = partition["defaults"] as JsonObject ?? new JsonObject();
        var tags = new List<string>();
        if (useDualstack)
        {
            tags.Add("dualstack");
        }
        if (useFips)
        {
            tags.Add("fips");
        }
        JsonObject result;
        if (tags.Count > 0)
        {
            result = new JsonObject();
            foreach (var source in new[] { endpointData, serviceDefaults, partitionDefaults })
            {
                if (VariantFor(source, tags) is { } variant)
                {
                    MergeMissing(variant, result);
                }
            }
            if (result.Count == 0)
            {
                var tagList = "[" + string.Join(", ", tags.Select(t => $"'{t}'")) + "]";
                throw new EndpointVariantError(tagList, $"Endpoint does not exist for {serviceName} in region {endpointName}");
            }
            MergeMissing(endpointData, result);
        }
        else
        {
            result = (JsonObject)endpointData.DeepClone();
        }
        result.TryAdd("dnsSuffix", partition["dnsSuffix"]!.DeepClone());
        result["partition"] = (string)partition["partition"]!;
        result["endpointName"] = endpointName;
        MergeMissing(serviceDefaults, result);
        MergeMissing(partitionDefaults, result);
        var dnsSuffix = (string)result["dnsSuffix"]!;
        result["hostname"] = Expand((string)result["hostname"]!, serviceName, endpointName, dnsSuffix);
        if (result["sslCommonName"] is JsonValue common)
        {
            result["sslCommonName"] = Expand((string)common!, serviceName, endpointName, dnsSuffix);
        }
        return result;
    }

    private static JsonObject? VariantFor(JsonObject data, List<string> tags)
    {
        if (data["variants"] is not JsonArray variants)
        {
            return null;
        }
        foreach (var variant in variants.OfType<JsonObject>())
        {
            var variantTags = variant["tags"]!.AsArray().Select(t => (string)t!).ToHashSet(StringComparer.Ordinal);
            if (variantTags.SetEquals(tags))
            {
                return variant;
            }
        }
        return null;
    }

    private static void MergeMissing(JsonObject from, JsonObject into)
    {
        foreach (var (key, value) in from)
        {
            if (!into.ContainsKey(key))
            {
                into[key] = value?.DeepClone();
            }
        }
    }

    private static string Expand(string template, string service, string region, string dnsSuffix) =>
        template.Replace("{service}", service, StringComparison.Ordinal)
            .Replace("{region}", region, StringComparison.Ordinal)
            .Replace("{dnsSuffix}", dnsSuffix, StringComparison.Ordinal);
}
