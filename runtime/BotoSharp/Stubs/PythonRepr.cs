using System.Collections;
using System.Globalization;
using System.Text;

namespace BotoSharp.Stubs;

/// <summary>
/// Python's <c>repr</c> of values in the runtime value convention, as <c>pprint</c>'s <c>_safe_repr</c> writes them
/// (dictionary keys sorted), so the stubber's messages read exactly as botocore's.
/// </summary>
internal static class PythonRepr
{
    public static string Of(object? value) => value switch
    {
        null => "None",
        bool flag => flag ? "True" : "False",
        string text => OfString(text),
        byte[] bytes => OfBytes(bytes),
        double number => OfFloat(number),
        float number => OfFloat(number),
        decimal number => $"Decimal('{number.ToString(CultureInfo.InvariantCulture)}')",
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateTimeOffset time => OfDateTime(time),
        IDictionary map => "{" + string.Join(", ", SortedItems(map).Select(e => $"{Of(e.Key)}: {Of(e.Value)}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        StubAny => "<ANY>",
        _ => $"<{value.GetType().Name} object>",
    };

    /// <summary>A dictionary's items sorted by key, as pprint sorts them (string keys by code point).</summary>
    public static List<DictionaryEntry> SortedItems(IDictionary map)
    {
        var items = new List<DictionaryEntry>(map.Count);
        var entries = map.GetEnumerator();
        while (entries.MoveNext())
        {
            items.Add(entries.Entry);
        }
        return items.OrderBy(e => e.Key as string ?? Of(e.Key), StringComparer.Ordinal).ToList();
    }

    /// <summary>Python's <c>str.__repr__</c>: single quotes unless the text has one and no double quote.</summary>
    public static string OfString(string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
                builder.Append(IsPrintable(CharUnicodeInfo.GetUnicodeCategory(codePoint)) ? char.ConvertFromUtf32(codePoint) : $"\\U{codePoint:x8}");
                continue;
            }
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ when c < ' ' || c == '\x7f' => $"\\x{(int)c:x2}",
                _ when c > '\x7f' && !IsPrintable(CharUnicodeInfo.GetUnicodeCategory(c)) => c <= '\xff' ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append(quote).ToString();
    }

    /// <summary>Python's <c>bytes.__repr__</c>.</summary>
    public static string OfBytes(byte[] bytes)
    {
        var quote = bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"') ? '"' : '\'';
        var builder = new StringBuilder("b").Append(quote);
        foreach (var b in bytes)
        {
            builder.Append(b switch
            {
                (byte)'\\' => "\\\\",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                (byte)'\t' => "\\t",
                _ when b == quote => "\\" + (char)b,
                < 0x20 or >= 0x7f => $"\\x{b:x2}",
                _ => ((char)b).ToString(),
            });
        }
        return builder.Append(quote).ToString();
    }

    // Python's float repr: the shortest round-trip digits, fixed notation for exponents -4..15, else 1e+16 style.
    private static string OfFloat(double number)
    {
        if (double.IsNaN(number))
        {
            return "nan";
        }
        if (double.IsInfinity(number))
        {
            return number > 0 ? "inf" : "-inf";
        }
        var scientific = number.ToString("E16", CultureInfo.InvariantCulture);
        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        var digits = new string(shortest.TakeWhile(c => c != 'E').Where(char.IsAsciiDigit).ToArray()).TrimStart('0');
        var exponent = int.Parse(scientific[(scientific.IndexOf('E') + 1)..], CultureInfo.InvariantCulture);
        var sign = number < 0 || (number == 0 && double.IsNegative(number)) ? "-" : string.Empty;
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }
        digits = digits.TrimEnd('0');
        digits = digits.Length == 0 ? "0" : digits;
        if (exponent is >= -4 and < 16)
        {
            var whole = exponent >= 0 ? digits.PadRight(exponent + 1, '0')[..(exponent + 1)] : "0";
            var fraction = exponent >= 0 ? (digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0") : new string('0', -exponent - 1) + digits;
            return $"{sign}{whole}.{fraction}";
        }
        var mantissa = digits.Length > 1 ? $"{digits[0]}.{digits[1..]}" : digits;
        return $"{sign}{mantissa}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent):00}";
    }

    private static string OfDateTime(DateTimeOffset time)
    {
        var parts = new List<int> { time.Year, time.Month, time.Day, time.Hour, time.Minute };
        var micro = (int)(time.Ticks % TimeSpan.TicksPerSecond / 10);
        if (time.Second != 0 || micro != 0)
        {
            parts.Add(time.Second);
        }
        if (micro != 0)
        {
            parts.Add(micro);
        }
        return $"datetime.datetime({string.Join(", ", parts)}, tzinfo=tzutc())";
    }

    // Python's str.isprintable: not Cc, Cf, Cs, Co, Cn, Zl, Zp, nor a space separator other than ' '.
    private static bool IsPrintable(UnicodeCategory category) => category is not (UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
}
