using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.JmesPath;

/// <summary>
/// JSON test data as the runtime's value model (maps, lists, long/double kept apart as python keeps int/float), and
/// a strict comparison: numbers by value, but a boolean never equals a number and a map never equals a list.
/// </summary>
internal static class PlainValues
{
    /// <summary>Converts a JSON node into dictionaries, lists, strings, longs, doubles, booleans and nulls.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(FromJson).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => Number(value.ToJsonString()),
            _ => null,
        },
        _ => throw new ArgumentException("Unexpected JSON node"),
    };

    private static object Number(string text) =>
        text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0 && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? (object)l
            : double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Structural equality with JSON types kept apart (1 equals 1.0, but never true).</summary>
    public static bool StrictEquals(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }
        if (x is bool bx)
        {
            return y is bool by && bx == by;
        }
        if (x is string sx)
        {
            return y is string sy && sx == sy;
        }
        if (IsNumber(x))
        {
            return IsNumber(y) && Convert.ToDouble(x, CultureInfo.InvariantCulture) == Convert.ToDouble(y, CultureInfo.InvariantCulture);
        }
        if (x is IDictionary<string, object?> mx)
        {
            return y is IDictionary<string, object?> my && mx.Count == my.Count
                && mx.All(p => my.TryGetValue(p.Key, out var v) && StrictEquals(p.Value, v));
        }
        if (x is IList lx)
        {
            return y is IList ly && lx.Count == ly.Count && Enumerable.Range(0, lx.Count).All(i => StrictEquals(lx[i], ly[i]));
        }
        return x.Equals(y);
    }

    private static bool IsNumber(object value) => value is long or int or double;
}
