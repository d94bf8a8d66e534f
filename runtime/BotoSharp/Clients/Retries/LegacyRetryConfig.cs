using System.Text.Json.Nodes;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's <c>translate.build_retry_config</c> over <c>_retry.json</c>: the <c>__default__</c> policy with its
/// <c>$ref</c>s resolved, the service's entry (by endpoint prefix) merged over it, and the client's
/// <c>max_attempts</c> (retries, not attempts) as the new limit.
/// </summary>
internal static class LegacyRetryConfig
{
    /// <summary>The merged retry config for <paramref name="endpointPrefix"/>.</summary>
    /// <param name="retryData">The whole <c>_retry.json</c> document.</param>
    /// <param name="endpointPrefix">The service's endpoint prefix (<c>dynamodb</c>, <c>s3</c>…).</param>
    /// <param name="clientMaxRetries">botocore's legacy <c>max_attempts</c> (total attempts minus one), or null.</param>
    public static JsonObject Build(JsonObject retryData, string endpointPrefix, int? clientMaxRetries)
    {
        var retry = retryData["retry"] as JsonObject ?? new JsonObject();
        var definitions = retryData["definitions"] as JsonObject ?? new JsonObject();
        var serviceConfig = (retry[endpointPrefix] as JsonObject)?.DeepClone().AsObject() ?? new JsonObject();
        ResolveReferences(serviceConfig, definitions);
        var final = new JsonObject { ["__default__"] = (retry["__default__"] as JsonObject)?.DeepClone() ?? new JsonObject() };
        ResolveReferences(final, definitions);
        MergeDicts(final, serviceConfig);
        if (clientMaxRetries is { } retries)
        {
            final["__default__"]!["max_attempts"] = retries + 1;
        }
        return final;
    }

    // botocore's resolve_references: a dict that is exactly {"$ref": name} is replaced by the definition.
    private static void ResolveReferences(JsonObject config, JsonObject definitions)
    {
        // The keys copied first (the loop replaces values), with a loop: LINQ over the object's pairs is framework
        // code over a struct that no ReadyToRun image holds, JIT-compiled by every process's first client.
        var keys = new List<string>(config.Count);
        foreach (var pair in config)
        {
            keys.Add(pair.Key);
        }
        foreach (var key in keys)
        {
            if (config[key] is not JsonObject value)
            {
                continue;
            }
            if (value.Count == 1 && value["$ref"] is JsonValue reference)
            {
                config[key] = definitions[reference.GetValue<string>()]?.DeepClone();
            }
            else
            {
                ResolveReferences(value, definitions);
            }
        }
    }

    // botocore's merge_dicts: nested dicts merge, anything else from the second wins; new keys go last.
    private static void MergeDicts(JsonObject target, JsonObject source)
    {
        // A copy first (merging may add to source's own children), as two lists for the reason given above.
        var keys = new List<string>(source.Count);
        var values = new List<JsonNode?>(source.Count);
        foreach (var pair in source)
        {
            keys.Add(pair.Key);
            values.Add(pair.Value);
        }
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var value = values[i];
            if (value is JsonObject child && target[key] is JsonObject existing)
            {
                MergeDicts(existing, child);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
