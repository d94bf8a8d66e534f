using System.Globalization;
using System.Text;

namespace BotoSharp.JmesPath;

/// <summary>
/// The python string behaviour jmespath inherits: code-point length, order and reversal (not UTF-16 units),
/// <c>str.lstrip()</c>'s whitespace, and the <c>int()</c>/<c>float()</c> parsing <c>to_number</c> relies on.
/// </summary>
internal static class PythonStrings
{
    /// <summary>python's <c>str.isspace()</c> for one character.</summary>
    public static bool IsSpace(char c) => c is (>= '\t' and <= '\r') or (>= '\x1c' and <= ' ') or '\x85' or '\xa0'
        or '\u1680' or (>= '\u2000' and <= '\u200a') or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    /// <summary>python's <c>str.lstrip()</c>.</summary>
    public static string LStrip(string s)
    {
        int i = 0;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }
        return s[i..];
    }

    /// <summary>python's <c>str.strip()</c>.</summary>
    public static string Strip(string s)
    {
        int end = s.Length;
        while (end > 0 && IsSpace(s[end - 1]))
        {
            end--;
        }
        return LStrip(s[..end]);
    }

    /// <summary>python's <c>len(str)</c>: code points.</summary>
    public static int Length(string s)
    {
        int count = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsHighSurrogate(s[i]) || i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
            {
                count++;
                continue;
            }
            count++;
            i++;
        }
        return count;
    }

    /// <summary>python's <c>s[::-1]</c>: code points reversed.</summary>
    public static string Reverse(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = s.Length - 1; i >= 0; i--)
        {
            if (char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1]))
            {
                sb.Append(s[i - 1]).Append(s[i]);
                i--;
                continue;
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>python's string ordering: by code point.</summary>
    public static int Compare(string a, string b)
    {
        int i = 0;
        int j = 0;
        while (i < a.Length && j < b.Length)
        {
            int x = NextCodePoint(a, ref i);
            int y = NextCodePoint(b, ref j);
            if (x != y)
            {
                return x < y ? -1 : 1;
            }
        }
        return Math.Sign((a.Length - i).CompareTo(b.Length - j));
    }

    private static int NextCodePoint(string s, ref int index)
    {
        char c = s[index++];
        if (char.IsHighSurrogate(c) && index < s.Length && char.IsLowSurrogate(s[index]))
        {
            return char.ConvertToUtf32(c, s[index++]);
        }
        return c;
    }

    /// <summary>python's <c>int(str)</c> then <c>float(str)</c>, as jmespath's <c>to_number</c> tries them; null when both fail.</summary>
    public static object? ToNumber(string text)
    {
        var s = Strip(text);
        if (s.Length == 0)
        {
            return null;
        }
        var digits = RemoveUnderscores(s);
        if (digits is not null && IsIntegerText(digits)
            && long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }
        var lower = s.ToLowerInvariant().TrimStart('+');
        bool negative = lower.StartsWith('-');
        var unsigned = negative ? lower[1..] : lower;
        if (unsigned is "inf" or "infinity")
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (unsigned is "nan")
        {
            return double.NaN;
        }
        if (digits is not null && IsFloatText(digits)
            && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }
        return null;
    }

    /// <summary>Drops underscores that sit between two digits; null when an underscore sits anywhere else.</summary>
    private static string? RemoveUnderscores(string s)
    {
        if (!s.Contains('_', StringComparison.Ordinal))
        {
            return s;
        }
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '_')
            {
                sb.Append(s[i]);
                continue;
            }
            if (i == 0 || i == s.Length - 1 || !char.IsAsciiDigit(s[i - 1]) || !char.IsAsciiDigit(s[i + 1]))
            {
                return null;
            }
        }
        return sb.ToString();
    }

    private static bool IsIntegerText(string s)
    {
        int i = s[0] is '+' or '-' ? 1 : 0;
        return i < s.Length && s.AsSpan(i).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static bool IsFloatText(string s)
    {
        int i = s[0] is '+' or '-' ? 1 : 0;
        int mantissaDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; mantissaDigits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; mantissaDigits++; }
        }
        if (mantissaDigits == 0)
        {
            return false;
        }
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') { i++; }
            int exponentDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; exponentDigits++; }
            if (exponentDigits == 0)
            {
                return false;
            }
        }
        return i == s.Length;
    }
}
