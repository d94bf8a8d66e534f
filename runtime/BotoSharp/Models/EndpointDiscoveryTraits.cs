using System.Text.Json;

namespace BotoSharp.Models;

/// <summary>
/// The endpoint-discovery traits every client creation asks a service model for (botocore's cached
/// <c>endpoint_discovery_operation</c> and <c>endpoint_discovery_required</c>), read from a shared, immutable parse
/// of the service document: no operation object is materialized for it.
/// </summary>
internal static class EndpointDiscoveryTraits
{
    /// <summary>
    /// The first operation (model order) with <c>endpointoperation: true</c>, or null; and whether any operation has
    /// <c>endpointdiscovery.required: true</c>. The same tests as <see cref="ServiceModel"/> applies to its objects.
    /// </summary>
    public static (string? Operation, bool Required) Read(JsonElement serviceDocument)
    {
        if (serviceDocument.ValueKind != JsonValueKind.Object
            || !serviceDocument.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Object)
        {
            return (null, false);
        }
        string? discoveryOperation = null;
        var required = false;
        foreach (var operation in operations.EnumerateObject())
        {
            if (operation.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            if (discoveryOperation is null && IsTrue(operation.Value, "endpointoperation"))
            {
                discoveryOperation = operation.Name;
            }
            required |= operation.Value.TryGetProperty("endpointdiscovery", out var discovery) && discovery.ValueKind == JsonValueKind.Object
                && IsTrue(discovery, "required");
        }
        return (discoveryOperation, required);
    }

    // As JsonValue.TryGetValue<bool>: only the literal true counts (a string "true" does not).
    private static bool IsTrue(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
