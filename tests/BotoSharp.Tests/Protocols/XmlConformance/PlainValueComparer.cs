using System.Collections;
using System.Globalization;

namespace BotoSharp.Tests.Protocols.XmlConformance;

/// <summary>
/// Compares two botocore-shaped values as Python's <c>==</c> does (dict order ignored, <c>1 == 1.0</c>) and names the
/// first difference by its path, so a failing case says where it went wrong.
/// </summary>
public static class PlainValueComparer
{
    /// <summary>Returns null when equal, else a description of the first difference.</summary>
    public static string? Difference(object? actual, object? expected, string path = "$")
    {
        switch (expected)
        {
            case IDictionary<string, object?> expectedMap:
                if (actual is not IDictionary<string, object?> actualMap)
                {
                    return $"{path}: expected a dict, got {Describe(actual)}";
                }
                foreach (var key in expectedMap.Keys.Union(actualMap.Keys))
                {
                    if (!actualMap.TryGetValue(key, out var a))
                    {
                        return $"{path}.{key}: missing (expected {Describe(expectedMap[key])})";
                    }
                    if (!expectedMap.TryGetValue(key, out var e))
                    {
                        return $"{path}.{key}: unexpected {Describe(a)}";
                    }
                    if (Difference(a, e, $"{path}.{key}") is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            case IList expectedList:
                if (actual is not IList actualList)
                {
                    return $"{path}: expected a list, got {Describe(actual)}";
                }
                if (actualList.Count != expectedList.Count)
                {
                    return $"{path}: expected {expectedList.Count} items, got {actualList.Count}: {Describe(actual)}";
                }
                for (var i = 0; i < expectedList.Count; i++)
                {
                    if (Difference(actualList[i], expectedList[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            default:
                return ScalarEquals(actual, expected) ? null : $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
        }
    }

    private static bool ScalarEquals(object? actual, object? expected)
    {
        if (IsNumber(actual) && IsNumber(expected))
        {
            return Convert.ToDouble(actual, CultureInfo.InvariantCulture) == Convert.ToDouble(expected, CultureInfo.InvariantCulture);
        }
        return Equals(actual, expected);
    }

    private static bool IsNumber(object? value) => value is long or int or double or float or decimal or short;

    private static string Describe(object? value) => value switch
    {
        null => "None",
        string s => $"'{s}'",
        IDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => $"{p.Key}: {Describe(p.Value)}")) + "}",
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(Describe)) + "]",
        _ => $"{value} ({value.GetType().Name})",
    };
}
