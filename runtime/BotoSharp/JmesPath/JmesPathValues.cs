using System.Collections;

namespace BotoSharp.JmesPath;

/// <summary>
/// How python jmespath sees BotoSharp's value model: maps are <c>IDictionary&lt;string, object?&gt;</c>, lists are
/// <c>IList</c> (never <c>byte[]</c>), integers and floats stay distinct, and equality, ordering and truthiness follow
/// python's <c>==</c>, <c>&lt;</c> and jmespath's falsy set. Anything else (timestamps, bytes) is opaque, as a
/// <c>datetime</c> is to jmespath.
/// </summary>
internal static class JmesPathValues
{
    /// <summary>Whether a value is a map.</summary>
    public static bool IsObject(object? value) => value is IDictionary<string, object?> or IReadOnlyDictionary<string, object?>;

    /// <summary>A map's entries in insertion order.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Entries(object map) =>
        (IEnumerable<KeyValuePair<string, object?>>)map;

    /// <summary>A map's count.</summary>
    public static int Count(object map) => map is IDictionary<string, object?> d ? d.Count : ((IReadOnlyDictionary<string, object?>)map).Count;

    /// <summary>Looks a key up in a map (python's <c>dict.get</c>).</summary>
    public static bool TryGet(object map, string key, out object? value) =>
        map is IDictionary<string, object?> d ? d.TryGetValue(key, out value) : ((IReadOnlyDictionary<string, object?>)map).TryGetValue(key, out value);

    /// <summary>The value as a list, or null when it is not one.</summary>
    public static IList? AsList(object? value) => value is IList list && value is not byte[] ? list : null;

    /// <summary>A number that is not a boolean (jmespath's <c>_is_actual_number</c>).</summary>
    public static bool IsNumber(object? value) => value is long or int or double or float or decimal or short or byte or uint or ulong or sbyte or ushort;

    /// <summary>An integer (python <c>int</c>) as opposed to a float.</summary>
    public static bool IsInteger(object? value) => value is long or int or short or byte or uint or sbyte or ushort or ulong;

    /// <summary>A number as a double.</summary>
    public static double ToDouble(object value) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An integer as a long.</summary>
    public static long ToLong(object value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>python's <c>type(value).__name__</c> mapped to jmespath's type names (<c>unknown</c> for others).</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "null",
        string => "string",
        bool => "boolean",
        JmesPathExpref => "expref",
        _ when IsNumber(value) => "number",
        _ when IsObject(value) => "object",
        _ when AsList(value) is not null => "array",
        _ => "unknown",
    };

    /// <summary>jmespath's <c>_is_false</c>: <c>''</c>, <c>[]</c>, <c>{}</c>, null and false.</summary>
    public static bool IsFalse(object? value) => value switch
    {
        null => true,
        bool b => !b,
        string s => s.Length == 0,
        _ when IsObject(value) => Count(value) == 0,
        _ => AsList(value) is { Count: 0 },
    };

    /// <summary>python's <c>not value</c> with jmespath's rule that <c>!0</c> is false.</summary>
    public static bool Not(object? value) => value switch
    {
        _ when IsNumber(value) => false,
        byte[] bytes => bytes.Length == 0,
        _ when IsObject(value) || AsList(value) is not null || value is null or bool or string => IsFalse(value),
        _ => false,
    };

    /// <summary>jmespath's <c>_equals</c>: python <c>==</c>, except that 0 and 1 never equal a boolean at the top.</summary>
    public static bool JmesEquals(object? x, object? y)
    {
        if (IsNumber(x) && IsZeroOrOne(x!))
        {
            if (y is bool)
            {
                return false;
            }
        }
        else if (IsNumber(y) && IsZeroOrOne(y!) && x is bool)
        {
            return false;
        }
        return PythonEquals(x, y);
    }

    /// <summary>python's <c>==</c> over plain values (booleans equal 1 and 0 when nested, ints equal floats).</summary>
    public static bool PythonEquals(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }
        if ((x is bool || IsNumber(x)) && (y is bool || IsNumber(y)))
        {
            return NumericEquals(x, y);
        }
        if (x is string sx)
        {
            return y is string sy && string.Equals(sx, sy, StringComparison.Ordinal);
        }
        if (IsObject(x))
        {
            return IsObject(y) && MapEquals(x, y);
        }
        if (AsList(x) is { } lx)
        {
            return AsList(y) is { } ly && ListEquals(lx, ly);
        }
        if (x is byte[] bx)
        {
            return y is byte[] by && bx.AsSpan().SequenceEqual(by);
        }
        return x.Equals(y);
    }

    private static bool IsZeroOrOne(object number) => ToDouble(number) is 0 or 1;

    private static bool NumericEquals(object x, object y)
    {
        if ((x is bool || IsInteger(x)) && (y is bool || IsInteger(y)))
        {
            return AsInteger(x) == AsInteger(y);
        }
        return AsDouble(x) == AsDouble(y);
    }

    private static long AsInteger(object value) => value is bool b ? (b ? 1 : 0) : ToLong(value);

    private static double AsDouble(object value) => value is bool b ? (b ? 1 : 0) : ToDouble(value);

    private static bool MapEquals(object x, object y)
    {
        if (Count(x) != Count(y))
        {
            return false;
        }
        foreach (var (key, value) in Entries(x))
        {
            if (!TryGet(y, key, out var other) || !PythonEquals(value, other))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ListEquals(IList x, IList y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }
        for (int i = 0; i < x.Count; i++)
        {
            if (!PythonEquals(x[i], y[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// python's ordering of two numbers or two strings (code points); a string against a number is python's
    /// <c>TypeError</c>, which jmespath lets through.
    /// </summary>
    public static int Compare(object x, object y, string operation)
    {
        if (x is string sx && y is string sy)
        {
            return PythonStrings.Compare(sx, sy);
        }
        if (IsNumber(x) && IsNumber(y))
        {
            if (IsInteger(x) && IsInteger(y))
            {
                return ToLong(x).CompareTo(ToLong(y));
            }
            double dx = ToDouble(x);
            double dy = ToDouble(y);
            // NaN is unordered: every comparison with it is false, which a caller reads through this sentinel.
            return double.IsNaN(dx) || double.IsNaN(dy) ? int.MinValue : dx.CompareTo(dy);
        }
        throw new JmesPathError("TypeError", $"'{operation}' not supported between instances of '{PythonTypeName(x)}' and '{PythonTypeName(y)}'");
    }

    /// <summary>python's <c>type(value).__name__</c>.</summary>
    public static string PythonTypeName(object? value) => value switch
    {
        null => "NoneType",
        string => "str",
        bool => "bool",
        JmesPathExpref => "_Expression",
        _ when IsInteger(value) => "int",
        _ when IsNumber(value) => "float",
        _ when IsObject(value) => "dict",
        _ when AsList(value) is not null => "list",
        byte[] => "bytes",
        DateTimeOffset or DateTime => "datetime",
        _ => value.GetType().Name,
    };
}
