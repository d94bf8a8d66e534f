using BotoSharp.Endpoints.Legacy;
using BotoSharp.Errors;

namespace BotoSharp;

public partial class Session
{
    private LegacyPartitions? _legacyPartitions;

    /// <summary>The partition view of the loader's <c>endpoints</c> data (so a data-path override applies), built once.</summary>
    private LegacyPartitions LegacyPartitionData => _legacyPartitions ??= new LegacyPartitions(DataLoader.LoadData("endpoints"));

    /// <summary>botocore's <c>get_available_partitions</c>: partition ids in <c>endpoints.json</c> order.</summary>
    public IReadOnlyList<string> GetAvailablePartitions() => LegacyPartitionData.GetAvailablePartitions();

    /// <summary>botocore's <c>get_partition_for_region</c>: the first partition listing or matching the region.</summary>
    /// <exception cref="UnknownRegionError">No partition matches.</exception>
    public string GetPartitionForRegion(string regionName) => LegacyPartitionData.GetPartitionForRegion(regionName);

    /// <summary>
    /// botocore's <c>get_available_regions</c>: the endpoint names of a service in a partition. The service name is
    /// mapped to its endpoint prefix through <see cref="GetServiceData"/> (so <c>elb</c> works and
    /// <c>service-data-loaded</c> fires); an unknown service or partition gives an empty list.
    /// </summary>
    public IReadOnlyList<string> GetAvailableRegions(string serviceName, string partitionName = "aws", bool allowNonRegional = false)
    {
        ArgumentNullException.ThrowIfNull(serviceName);
        try
        {
            var serviceData = GetServiceData(serviceName);
            var endpointPrefix = serviceData["metadata"]?["endpointPrefix"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var prefix)
                ? prefix
                : serviceName;
            return LegacyPartitionData.GetAvailableEndpoints(endpointPrefix, partitionName, allowNonRegional);
        }
        catch (UnknownServiceError)
        {
            return Array.Empty<string>();
        }
    }
}
