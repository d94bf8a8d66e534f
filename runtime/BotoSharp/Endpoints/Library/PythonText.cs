using System.Collections;
using System.Globalization;
using System.Text;

namespace BotoSharp.Endpoints.Library;

/// <summary>
/// Python's view of plain values, where botocore's messages or logic depend on it: <c>str()</c>,
/// <c>repr()</c>, truthiness and type names.
/// </summary>
internal static class PythonText
{
    /// <summary>Python <c>str(value)</c>: strings as is, <c>True</c>/<c>False</c>/<c>None</c>, containers as repr.</summary>
    public static string Str(object? value) => value as string ?? Repr(value);

    /// <summary>Python <c>repr(value)</c>; string arrays print as tuples, which is what botocore holds.</summary>
    public static string Repr(object? value)
    {
        switch (value)
        {
            case null:
                return "None";
            case bool b:
                return b ? "True" : "False";
            case string s:
                return ReprString(s);
            case long or int:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case double d:
                return d.ToString("R", CultureInfo.InvariantCulture);
            case string[] tuple:
            {
                var builder = new StringBuilder("(");
                for (var i = 0; i < tuple.Length; i++)
                {
                    builder.Append(i == 0 ? "" : ", ").Append(ReprString(tuple[i]));
                }
                return builder.Append(tuple.Length == 1 ? ",)" : ")").ToString();
            }
            case IEnumerable<KeyValuePair<string, object?>> map:
            {
                var builder = new StringBuilder("{");
                var first = true;
                foreach (var (key, item) in map)
                {
                    builder.Append(first ? "" : ", ").Append(ReprString(key)).Append(": ").Append(Repr(item));
                    first = false;
                }
                return builder.Append('}').ToString();
            }
            case IEnumerable list:
            {
                var builder = new StringBuilder("[");
                var first = true;
                foreach (var item in list)
                {
                    builder.Append(first ? "" : ", ").Append(Repr(item));
                    first = false;
                }
                return builder.Append(']').ToString();
            }
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }
    }

    /// <summary>The Python type name botocore's messages print (<c>&lt;class 'str'&gt;</c> …).</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "<class 'NoneType'>",
        bool => "<class 'bool'>",
        string => "<class 'str'>",
        long or int => "<class 'int'>",
        double => "<class 'float'>",
        string[] => "<class 'tuple'>",
        IEnumerable<KeyValuePair<string, object?>> => "<class 'dict'>",
        IEnumerable => "<class 'list'>",
        _ => $"<class '{value.GetType().Name}'>",
    };

    /// <summary>A list of strings as an array, or null when the value is not one.</summary>
    public static string[]? AsStringArray(object? value)
    {
        switch (value)
        {
            case string[] array:
                return array;
            case string or IEnumerable<KeyValuePair<string, object?>>:
                return null;
            case IEnumerable items:
            {
                var result = new List<string>();
                foreach (var item in items)
                {
                    if (item is not string s)
                    {
                        return null;
                    }
                    result.Add(s);
                }
                return result.ToArray();
            }
            default:
                return null;
        }
    }

    private static string ReprString(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder(s.Length + 2).Append(quote);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c == quote)
                    {
                        builder.Append('\\');
                    }
                    builder.Append(c);
                    break;
            }
        }
        return builder.Append(quote).ToString();
    }
}
