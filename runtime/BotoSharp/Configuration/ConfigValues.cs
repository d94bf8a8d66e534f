namespace BotoSharp.Configuration;

/// <summary>
/// Helpers over botocore-shaped config values (strings, nested <c>Dictionary&lt;string, object?&gt;</c>,
/// lists), shared by the parser, the session and the value store.
/// </summary>
public static class ConfigValues
{
    /// <summary>A deep copy of dictionaries and lists; strings and other leaves are shared.</summary>
    public static object? DeepCopy(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => CopyMap(map),
        IList<object?> list => list.Select(DeepCopy).ToList(),
        _ => value,
    };

    /// <summary>A deep copy of one dictionary, keeping its key order.</summary>
    public static Dictionary<string, object?> CopyMap(IReadOnlyDictionary<string, object?> map)
    {
        var copy = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            copy[key] = DeepCopy(item);
        }
        return copy;
    }

    /// <summary>
    /// The shared box of <paramref name="value"/>: a boxed bool cannot change, so one of each serves every converted
    /// flag, option and call-path value (the call path's <c>BoxedValues</c> hands out the same two).
    /// </summary>
    internal static object Boxed(bool value) => value ? s_true : s_false;

    private static readonly object s_true = true;
    private static readonly object s_false = false;

    /// <summary>botocore's <c>ensure_boolean</c>: a bool passes, a string is true only when it is <c>true</c> in any case, anything else is false.</summary>
    public static bool EnsureBoolean(object? value) => value switch
    {
        bool b => b,
        string s => s.Equals("true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>botocore's <c>normalize_boolean</c>: <see cref="EnsureBoolean"/>, except that null stays null.</summary>
    public static bool? NormalizeBoolean(object? value) => value is null ? null : EnsureBoolean(value);
}
