using System.Globalization;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// Writes scalar values the way Python's <c>str()</c> does, because botocore's query and XML serializers put
/// <c>str(value)</c> on the wire: integers plainly, floats in Python's shortest <c>repr</c> form (<c>1.0</c>,
/// <c>1e+16</c>, <c>1e-05</c>), booleans as <c>True</c>/<c>False</c>.
/// </summary>
internal static class PythonText
{
    /// <summary>Formats a value as Python's <c>str()</c> would.</summary>
    public static string Str(object value) => value switch
    {
        string s => s,
        bool b => b ? "True" : "False",
        double d => FormatDouble(d),
        float f => FormatDouble(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Formats a double as Python's <c>repr(float)</c>.</summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }
        var (negative, digits, decimalPoint) = ShortestDigits(value);
        var sign = negative ? "-" : string.Empty;
        // Python switches to exponent notation outside -4 < decpt <= 16 (format_float_short, 'r' mode).
        if (decimalPoint > -4 && decimalPoint <= 16)
        {
            if (decimalPoint <= 0)
            {
                return sign + "0." + new string('0', -decimalPoint) + digits;
            }
            if (decimalPoint >= digits.Length)
            {
                return sign + digits + new string('0', decimalPoint - digits.Length) + ".0";
            }
            return sign + digits[..decimalPoint] + "." + digits[decimalPoint..];
        }
        var exponent = decimalPoint - 1;
        var mantissa = digits.Length > 1 ? digits[..1] + "." + digits[1..] : digits;
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    // Returns the shortest round-trip digits (no leading/trailing zeros) and the position of the decimal point
    // relative to them: value = 0.digits × 10^decimalPoint.
    private static (bool Negative, string Digits, int DecimalPoint) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }
        var exponent = 0;
        var e = text.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.');
        var integerDigits = point < 0 ? text.Length : point;
        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal);
        var decimalPoint = integerDigits + exponent;
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }
        digits = digits[leading..];
        decimalPoint -= leading;
        digits = digits.TrimEnd('0');
        return (negative, digits.Length == 0 ? "0" : digits, decimalPoint);
    }
}
