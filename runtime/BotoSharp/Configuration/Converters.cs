using System.Globalization;
using BotoSharp.Errors;

namespace BotoSharp.Configuration;

/// <summary>
/// The conversions botocore's variable table uses (<c>int</c>, <c>ensure_boolean</c>, <c>normalize_boolean</c>),
/// as delegates for <see cref="SessionVariable.Converter"/>.
/// </summary>
public static class Converters
{
    /// <summary>Python's <c>int(value)</c>, giving a <see cref="long"/>.</summary>
    public static Func<object?, object?> Int { get; } = value => ToInt(value);

    /// <summary>botocore's <c>ensure_boolean</c>, giving a <see cref="bool"/>.</summary>
    public static Func<object?, object?> EnsureBoolean { get; } = value => ConfigValues.EnsureBoolean(value);

    /// <summary>botocore's <c>normalize_boolean</c>, giving a <see cref="bool"/> or null.</summary>
    public static Func<object?, object?> NormalizeBoolean { get; } = value => ConfigValues.NormalizeBoolean(value);

    /// <summary>
    /// Python's <c>int()</c>: integers and booleans convert, floats truncate, strings must be a base-10 integer
    /// (surrounding whitespace, a sign and single underscores between digits allowed).
    /// </summary>
    /// <exception cref="InvalidConfigError">The value is not an integer; the message is Python's ValueError text.</exception>
    public static long ToInt(object? value)
    {
        switch (value)
        {
            case bool b:
                return b ? 1 : 0;
            case int or long or short or byte or uint:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case double d when !double.IsNaN(d) && !double.IsInfinity(d):
                return (long)Math.Truncate(d);
            case string s when TryParseInt(s, out long parsed):
                return parsed;
            case string s:
                throw new InvalidConfigError($"invalid literal for int() with base 10: '{s}'");
            default:
                throw new InvalidConfigError($"int() argument must be a string or a number, not '{value?.GetType().Name ?? "NoneType"}'");
        }
    }

    private static bool TryParseInt(string text, out long result)
    {
        string s = PythonText.Strip(text);
        int start = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
        bool previousDigit = false;
        for (int i = start; i < s.Length; i++)
        {
            if (s[i] == '_' && previousDigit && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                previousDigit = false;
                continue;
            }
            if (!char.IsAsciiDigit(s[i]))
            {
                result = 0;
                return false;
            }
            previousDigit = true;
        }
        return long.TryParse(s.Replace("_", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result) && start < s.Length;
    }
}
