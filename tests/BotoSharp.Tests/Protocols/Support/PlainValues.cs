using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Protocols;

namespace BotoSharp.Tests.Protocols.Support;

/// <summary>
/// Converts conformance JSON into the botocore-shaped values the runtime takes and returns, and compares such values
/// the way Python's <c>==</c> does (numbers by value whatever their type, dictionaries ignoring order).
/// </summary>
public static class PlainValues
{
    /// <summary>JSON → plain values: objects → dictionaries, arrays → lists, integers → long, other numbers → double.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(FromJson).ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        _ => node.ToJsonString(),
    };

    /// <summary>Whether two plain values are equal as Python compares them; <paramref name="path"/> names the first difference.</summary>
    public static bool AreEqual(object? actual, object? expected, out string path) => Compare(actual, expected, "$", out path);

    /// <summary>A compact, readable rendering for failure messages.</summary>
    public static string Describe(object? value)
    {
        try
        {
            return PythonJsonWriter.Serialize(Printable(value));
        }
        catch (Exception)
        {
            return value?.ToString() ?? "null";
        }
    }

    private static object? Printable(object? value) => value switch
    {
        IDictionary<string, object?> d => d.ToDictionary(p => p.Key, p => Printable(p.Value), StringComparer.Ordinal),
        byte[] b => "b64:" + Convert.ToBase64String(b),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        Stream => "<stream>",
        IEnumerable e and not string => e.Cast<object?>().Select(Printable).ToList(),
        _ => value,
    };

    private static bool Compare(object? actual, object? expected, string at, out string path)
    {
        path = at;
        if (actual is null || expected is null)
        {
            return actual is null && expected is null;
        }
        if (ValueConversions.IsNumber(actual) && ValueConversions.IsNumber(expected))
        {
            var a = ValueConversions.ToDouble(actual);
            var e = ValueConversions.ToDouble(expected);
            return a.Equals(e) || Math.Abs(a - e) <= 1e-9 * Math.Max(1, Math.Abs(e));
        }
        if (actual is bool || expected is bool)
        {
            return Equals(actual, expected);
        }
        if (actual is string || expected is string)
        {
            return actual is string sa && expected is string se && string.Equals(sa, se, StringComparison.Ordinal);
        }
        if (actual is IDictionary<string, object?> ad && expected is IDictionary<string, object?> ed)
        {
            if (ad.Count != ed.Count)
            {
                var missing = ed.Keys.Except(ad.Keys).Concat(ad.Keys.Except(ed.Keys));
                path = $"{at} keys differ ({string.Join(", ", missing)})";
                return false;
            }
            foreach (var (key, value) in ed)
            {
                if (!ad.TryGetValue(key, out var other) || !Compare(other, value, $"{at}.{key}", out path))
                {
                    return false;
                }
            }
            return true;
        }
        if (actual is IList al && expected is IList el)
        {
            if (al.Count != el.Count)
            {
                path = $"{at} length {al.Count} != {el.Count}";
                return false;
            }
            for (var i = 0; i < al.Count; i++)
            {
                if (!Compare(al[i], el[i], $"{at}[{i}]", out path))
                {
                    return false;
                }
            }
            return true;
        }
        return Equals(actual, expected);
    }

    /// <summary>UTF-8 text of bytes, for blob comparisons.</summary>
    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
