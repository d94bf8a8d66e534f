using System.Collections;
using System.Globalization;
using System.Text;

namespace BotoSharp.Protocols;

/// <summary>
/// Writes a plain value tree as Python's <c>json.dumps</c> does (ASCII-only output with <c>\uXXXX</c> escapes,
/// <c>", "</c>/<c>": "</c> separators or the compact ones, floats in <c>repr</c> form), so request bodies and
/// <c>jsonvalue</c> headers are byte-for-byte botocore's — which keeps payload hashes and signatures identical.
/// </summary>
public static class PythonJsonWriter
{
    /// <summary>Serializes a value; <paramref name="compact"/> uses <c>separators=(',', ':')</c>.</summary>
    public static string Serialize(object? value, bool compact = false)
    {
        var sb = new StringBuilder();
        Write(sb, value, compact);
        return sb.ToString();
    }

    /// <summary>Serializes a value to UTF-8 bytes (ASCII, since non-ASCII is escaped).</summary>
    public static byte[] SerializeToUtf8(object? value, bool compact = false) => Encoding.ASCII.GetBytes(Serialize(value, compact));

    private static void Write(StringBuilder sb, object? value, bool compact)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string s:
                WriteString(sb, s);
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case double or float or Half:
                var d = ValueConversions.ToDouble(value);
                sb.Append(double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : PythonFormat.FloatRepr(d));
                return;
            case decimal m:
                sb.Append(PythonFormat.FloatRepr((double)m));
                return;
            case Dictionary<string, object?> map:
                // The dictionary path's own maps, walked without a boxed entry per key (same order as below).
                sb.Append('{');
                var firstKey = true;
                foreach (var (key, item) in map)
                {
                    if (!firstKey)
                    {
                        sb.Append(compact ? "," : ", ");
                    }
                    firstKey = false;
                    WriteString(sb, key);
                    sb.Append(compact ? ":" : ": ");
                    Write(sb, item, compact);
                }
                sb.Append('}');
                return;
            case IDictionary dict:
                sb.Append('{');
                var first = true;
                foreach (DictionaryEntry entry in dict)
                {
                    if (!first)
                    {
                        sb.Append(compact ? "," : ", ");
                    }
                    first = false;
                    WriteString(sb, Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    sb.Append(compact ? ":" : ": ");
                    Write(sb, entry.Value, compact);
                }
                sb.Append('}');
                return;
            case IEnumerable list when value is not byte[]:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        sb.Append(compact ? "," : ", ");
                    }
                    firstItem = false;
                    Write(sb, item, compact);
                }
                sb.Append(']');
                return;
        }
        if (ValueConversions.IsInteger(value))
        {
            sb.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
            return;
        }
        throw new Errors.SerializationError($"Object of type {value.GetType().Name} is not JSON serializable");
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }
}
