using System.Collections;
using System.Text.Json.Nodes;
using BotoSharp.Endpoints;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Endpoints;

/// <summary>Checks one test case's <c>expect</c> (an endpoint or an error) against a provider.</summary>
internal static class EndpointExpectation
{
    /// <summary>Resolves the case and returns a description of the first mismatch, or null when it passes.</summary>
    public static string? Check(EndpointProvider provider, JsonObject testCase)
    {
        var parameters = EndpointTestData.ToParameters(testCase["params"]);
        var expect = testCase["expect"]!.AsObject();
        ResolvedEndpoint endpoint;
        try
        {
            endpoint = provider.ResolveEndpoint(parameters);
        }
        catch (EndpointResolutionError error)
        {
            var expectedError = expect["error"]?.GetValue<string>();
            if (expectedError is null)
            {
                return $"unexpected error: {error.Message}";
            }
            return expectedError == error.Message ? null : $"error\n  expected: {expectedError}\n  actual:   {error.Message}";
        }
        if (expect["error"] is { } wanted)
        {
            return $"expected error {wanted}, got {endpoint.Url}";
        }
        var expected = expect["endpoint"]!.AsObject();
        if (expected["url"]!.GetValue<string>() != endpoint.Url)
        {
            return $"url\n  expected: {expected["url"]}\n  actual:   {endpoint.Url}";
        }
        var expectedHeaders = expected["headers"] ?? new JsonObject();
        var actualHeaders = ToJson(endpoint.Headers.ToDictionary(h => h.Key, h => (object?)h.Value.ToList<object?>()));
        if (!JsonNode.DeepEquals(expectedHeaders, actualHeaders))
        {
            return $"headers\n  expected: {expectedHeaders.ToJsonString()}\n  actual:   {actualHeaders?.ToJsonString()}";
        }
        var expectedProperties = expected["properties"] ?? new JsonObject();
        var actualProperties = ToJson(endpoint.Properties);
        if (!JsonNode.DeepEquals(expectedProperties, actualProperties))
        {
            return $"properties\n  expected: {expectedProperties.ToJsonString()}\n  actual:   {actualProperties?.ToJsonString()}";
        }
        return null;
    }

    /// <summary>Turns plain values back into JSON for comparison.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create(i),
        double d => JsonValue.Create(d),
        IEnumerable<KeyValuePair<string, object?>> map => new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, ToJson(p.Value)))),
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers => ToJson(headers.ToDictionary(h => h.Key, h => (object?)h.Value)),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(ToJson).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
