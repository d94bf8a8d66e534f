using System.Collections;

namespace BotoSharp.JmesPath;

/// <summary>The bodies of the built-in functions, each as python jmespath computes it.</summary>
internal static partial class JmesPathFunctions
{
    private static object? Invoke(string name, List<object?> args)
    {
        var arg = args.Count > 0 ? args[0] : null;
        switch (name)
        {
            case "abs":
                return JmesPathValues.IsInteger(arg) ? Math.Abs(JmesPathValues.ToLong(arg!)) : (object)Math.Abs(JmesPathValues.ToDouble(arg!));
            case "avg":
                var numbers = (IList)arg!;
                return numbers.Count == 0 ? null : JmesPathValues.ToDouble(Sum(numbers)) / numbers.Count;
            case "ceil":
                return Round(arg!, Math.Ceiling);
            case "floor":
                return Round(arg!, Math.Floor);
            case "contains":
                return Contains(arg!, args[1]);
            case "ends_with":
                return ((string)arg!).EndsWith((string)args[1]!, StringComparison.Ordinal);
            case "starts_with":
                return ((string)arg!).StartsWith((string)args[1]!, StringComparison.Ordinal);
            case "join":
                return string.Join((string)arg!, ((IList)args[1]!).Cast<string>());
            case "keys":
                return JmesPathValues.Entries(arg!).Select(e => (object?)e.Key).ToList();
            case "values":
                return JmesPathValues.Entries(arg!).Select(e => e.Value).ToList();
            case "length":
                return (long)(arg is string s ? PythonStrings.Length(s) : arg is IList l ? l.Count : JmesPathValues.Count(arg!));
            case "map":
                var expref = (JmesPathExpref)arg!;
                return ((IList)args[1]!).Cast<object?>().Select(expref.Visit).ToList();
            case "max":
                return Extreme((IList)arg!, static x => x, name, pickGreater: true);
            case "min":
                return Extreme((IList)arg!, static x => x, name, pickGreater: false);
            case "max_by":
                return Extreme((IList)arg!, KeyFunction((JmesPathExpref)args[1]!, name), name, pickGreater: true);
            case "min_by":
                return Extreme((IList)arg!, KeyFunction((JmesPathExpref)args[1]!, name), name, pickGreater: false);
            case "merge":
                return Merge(args);
            case "not_null":
                return args.FirstOrDefault(a => a is not null);
            case "reverse":
                return arg is string text ? PythonStrings.Reverse(text) : ((IList)arg!).Cast<object?>().Reverse().ToList();
            case "sort":
                return StableSort(((IList)arg!).Cast<object?>().ToList(), static x => x);
            case "sort_by":
                return SortBy((IList)arg!, (JmesPathExpref)args[1]!);
            case "sum":
                return Sum((IList)arg!);
            case "to_array":
                return JmesPathValues.AsList(arg) is not null ? arg : new List<object?> { arg };
            case "to_number":
                return ToNumber(arg);
            case "to_string":
                return arg is string str ? str : Protocols.PythonJsonWriter.Serialize(JsonDefaults(arg), compact: true);
            case "type":
                return arg is JmesPathExpref ? null : JmesPathValues.TypeName(arg);
            default:
                throw new JmesPathError("UnknownFunctionError", $"Unknown function: {name}()");
        }
    }

    private static object Round(object number, Func<double, double> round)
    {
        if (JmesPathValues.IsInteger(number))
        {
            return JmesPathValues.ToLong(number);
        }
        double d = JmesPathValues.ToDouble(number);
        if (double.IsNaN(d))
        {
            throw new JmesPathError("ValueError", "cannot convert float NaN to integer");
        }
        if (double.IsInfinity(d))
        {
            throw new JmesPathError("OverflowError", "cannot convert float infinity to integer");
        }
        double rounded = round(d);
        return rounded is >= long.MinValue and < long.MaxValue ? (long)rounded : (object)rounded;
    }

    private static bool Contains(object subject, object? search)
    {
        if (subject is string text)
        {
            return search is string needle
                ? text.Contains(needle, StringComparison.Ordinal)
                : throw new JmesPathError("TypeError", $"'in <string>' requires string as left operand, not {JmesPathValues.PythonTypeName(search)}");
        }
        foreach (var item in (IList)subject)
        {
            if (JmesPathValues.PythonEquals(item, search))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>python's <c>sum</c>: integers stay integers until a float joins.</summary>
    private static object Sum(IList numbers)
    {
        long integer = 0;
        double? real = null;
        foreach (var n in numbers)
        {
            if (real is double r)
            {
                real = r + JmesPathValues.ToDouble(n!);
            }
            else if (JmesPathValues.IsInteger(n))
            {
                integer += JmesPathValues.ToLong(n!);
            }
            else
            {
                real = integer + JmesPathValues.ToDouble(n!);
            }
        }
        return real ?? (object)integer;
    }

    private static Func<object?, object?> KeyFunction(JmesPathExpref expref, string name) => x =>
    {
        var result = expref.Visit(x);
        var type = JmesPathValues.TypeName(result);
        return type is "number" or "string" ? result : throw TypeError(name, result, type, new[] { "number", "string" });
    };

    /// <summary>python's <c>max</c>/<c>min</c>: keys computed in order, the first extreme kept, mixed keys a <c>TypeError</c>.</summary>
    private static object? Extreme(IList items, Func<object?, object?> key, string name, bool pickGreater)
    {
        if (items.Count == 0)
        {
            return null;
        }
        object? best = items[0];
        object? bestKey = key(best);
        for (int i = 1; i < items.Count; i++)
        {
            var candidateKey = key(items[i]);
            int c = JmesPathValues.Compare(candidateKey!, bestKey!, pickGreater ? ">" : "<");
            if (c != int.MinValue && (pickGreater ? c > 0 : c < 0))
            {
                best = items[i];
                bestKey = candidateKey;
            }
        }
        _ = name;
        return best;
    }

    private static object? SortBy(IList items, JmesPathExpref expref)
    {
        if (items.Count == 0)
        {
            return items;
        }
        var required = JmesPathValues.TypeName(expref.Visit(items[0]));
        if (required is not ("number" or "string"))
        {
            throw TypeError("sort_by", items[0], required, new[] { "string", "number" });
        }
        Func<object?, object?> key = x =>
        {
            var result = expref.Visit(x);
            var type = JmesPathValues.TypeName(result);
            return type == required ? result : throw TypeError("sort_by", result, type, new[] { required });
        };
        return StableSort(items.Cast<object?>().ToList(), key);
    }

    /// <summary>python's <c>sorted</c>: all keys first, then a stable sort.</summary>
    private static List<object?> StableSort(List<object?> items, Func<object?, object?> key)
    {
        var keys = items.Select(key).ToList();
        var order = Enumerable.Range(0, items.Count).ToList();
        var sorted = order.OrderBy(i => i, Comparer<int>.Create((a, b) =>
        {
            int c = JmesPathValues.Compare(keys[a]!, keys[b]!, "<");
            return c == int.MinValue ? 0 : c;
        }));
        return sorted.Select(i => items[i]).ToList();
    }

    private static object? ToNumber(object? arg) => arg switch
    {
        null or bool => null,
        string s => PythonStrings.ToNumber(s),
        _ when JmesPathValues.IsNumber(arg) => arg,
        _ when JmesPathValues.IsObject(arg) || JmesPathValues.AsList(arg) is not null => null,
        _ => throw new JmesPathError("TypeError", $"int() argument must be a string, a bytes-like object or a real number, not '{JmesPathValues.PythonTypeName(arg)}'"),
    };

    /// <summary><c>json.dumps(default=str)</c>: a timestamp prints as python's <c>str(datetime)</c>.</summary>
    private static object? JsonDefaults(object? value) => value switch
    {
        DateTimeOffset t => t.ToString(t.Millisecond == 0 && t.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:sszzz" : "yyyy-MM-dd HH:mm:ss.ffffffzzz", System.Globalization.CultureInfo.InvariantCulture),
        _ when JmesPathValues.IsObject(value) => JmesPathValues.Entries(value!).ToDictionary(e => e.Key, e => JsonDefaults(e.Value), StringComparer.Ordinal),
        _ when JmesPathValues.AsList(value) is { } list => list.Cast<object?>().Select(JsonDefaults).ToList(),
        _ => value,
    };
}
