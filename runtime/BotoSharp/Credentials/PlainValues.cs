using System.Text.Json;

namespace BotoSharp.Auth;

/// <summary>Helpers over botocore-shaped value trees (dictionaries, lists, scalars) as credential caches hold them.</summary>
internal static class PlainValues
{
    /// <summary>A deep copy (Python's <c>deepcopy</c>): dictionaries and lists are copied, scalars shared.</summary>
    public static Dictionary<string, object?> DeepCopy(IReadOnlyDictionary<string, object?> value) =>
        value.ToDictionary(p => p.Key, p => Copy(p.Value), StringComparer.Ordinal);

    /// <summary>Parses a JSON object into a value tree (Python's <c>json.load</c>: integers stay integers).</summary>
    /// <exception cref="JsonException">Not JSON, or not an object.</exception>
    public static Dictionary<string, object?> ParseObject(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement) as Dictionary<string, object?> ?? throw new JsonException("The JSON document is not an object.");
    }

    /// <summary>Parses any JSON value into a value tree (Python's <c>json.loads</c>).</summary>
    public static object? ParseAny(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    /// <summary>The tree with every dictionary's keys in ordinal order (<c>json.dumps(..., sort_keys=True)</c>).</summary>
    public static object? SortKeys(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> dict => dict.OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => SortKeys(p.Value), StringComparer.Ordinal),
        List<object?> list => list.Select(SortKeys).ToList(),
        _ => value,
    };

    /// <summary>Reads a nested dictionary, or null when absent or not a dictionary.</summary>
    public static IReadOnlyDictionary<string, object?>? Dict(IReadOnlyDictionary<string, object?>? parent, string key) =>
        parent is not null && parent.TryGetValue(key, out var value) ? value as IReadOnlyDictionary<string, object?> : null;

    /// <summary>Reads a string value, or null when absent or not a string.</summary>
    public static string? Str(IReadOnlyDictionary<string, object?>? parent, string key) =>
        parent is not null && parent.TryGetValue(key, out var value) ? value as string : null;

    private static object? Copy(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> dict => DeepCopy(dict),
        IDictionary<string, object?> dict => dict.ToDictionary(p => p.Key, p => Copy(p.Value), StringComparer.Ordinal),
        List<object?> list => list.Select(Copy).ToList(),
        _ => value,
    };

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal),
            (dict, property) => { dict[property.Name] = FromJson(property.Value); return dict; }),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
