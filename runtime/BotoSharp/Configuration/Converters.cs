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
    public static Func<object?, object?> EnsureBoolean { get; } = value => ConfigValues.Boxed(ConfigValues.EnsureBoolean(value));

    /// <summary>botocore's <c>normalize_boolean</c>, giving a <see cref="bool"/> or null.</summary>
    public static Func<object?, object?> NormalizeBoolean { get; } = value => ConfigValues.NormalizeBoolean(value) is { } flag ? ConfigValues.Boxed(flag) : null;

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
        result = 0;
        string s = PythonWhitespace.Strip(text);
        int start = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
        bool previousDigit = false;
        long magnitude = 0;
        for (int i = start; i < s.Length; i++)
        {
            if (s[i] == '_' && previousDigit && i + 1 < s.Length && char.IsDigit(s[i + 1]))
            {
                previousDigit = false;
                continue;
            }
            // Python's int() takes any Unicode decimal digit (category Nd), e.g. Arabic-Indic '٣' is 3.
            if (!char.IsDigit(s[i]))
            {
                return false;
            }
            try
            {
                magnitude = checked(magnitude * 10 + CharUnicodeInfo.GetDecimalDigitValue(s[i]));
            }
            catch (OverflowException)
            {
                // Python's int is unbounded; beyond a long there is no BotoSharp value for it.
                return false;
            }
            previousDigit = true;
        }
        if (start == s.Length)
        {
            return false;
        }
        result = s[0] == '-' ? -magnitude : magnitude;
        return true;
    }
}
