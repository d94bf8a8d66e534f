using System.Collections;
using System.Globalization;
using System.Text;

namespace BotoSharp.Signing;

/// <summary>
/// Serialises plain values exactly like Python's <c>json.dumps</c> with default arguments (<c>", "</c> and
/// <c>": "</c> separators, ASCII-only output): a presigned POST signs the base64 of these very bytes.
/// </summary>
internal static class PythonJson
{
    public static string Serialize(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case string s:
                WriteString(builder, s);
                break;
            case int or long or short or byte or uint or ulong:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                builder.Append(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case IDictionary dictionary:
                builder.Append('{');
                var first = true;
                foreach (DictionaryEntry entry in dictionary)
                {
                    builder.Append(first ? string.Empty : ", ");
                    first = false;
                    WriteString(builder, Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    builder.Append(": ");
                    Write(builder, entry.Value);
                }
                builder.Append('}');
                break;
            case IEnumerable sequence:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in sequence)
                {
                    builder.Append(firstItem ? string.Empty : ", ");
                    firstItem = false;
                    Write(builder, item);
                }
                builder.Append(']');
                break;
            default:
                WriteString(builder, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }
}
