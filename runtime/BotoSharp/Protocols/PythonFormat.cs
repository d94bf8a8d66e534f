using System.Collections;
using System.Globalization;
using System.Text;

namespace BotoSharp.Protocols;

/// <summary>
/// Python's textual forms, which leak into botocore's wire output (<c>str(1.0)</c> in a header) and its error reports
/// (<c>value: {'a': 1}, type: &lt;class 'dict'&gt;</c>), so matching them keeps both identical.
/// </summary>
public static class PythonFormat
{
    /// <summary>Python's <c>repr(float)</c>: shortest round-trip digits, fixed notation for exponents −4…15, else <c>1e+16</c>.</summary>
    public static string FloatRepr(double value)
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
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        // Take the digits and decimal exponent of the shortest round-trip form.
        var negative = shortest.StartsWith('-');
        var body = negative ? shortest[1..] : shortest;
        var exponent = 0;
        var ePos = body.IndexOfAny(new[] { 'E', 'e' });
        if (ePos >= 0)
        {
            exponent = int.Parse(body[(ePos + 1)..], CultureInfo.InvariantCulture);
            body = body[..ePos];
        }
        var dot = body.IndexOf('.');
        var intPart = dot >= 0 ? body[..dot] : body;
        var fracPart = dot >= 0 ? body[(dot + 1)..] : string.Empty;
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - (intPart + fracPart).TrimStart('0').Length;
        // Position of the decimal point relative to the first significant digit.
        var pointPos = intPart.Length + exponent - leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }
        var exp10 = pointPos - 1;
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }
        if (exp10 >= -4 && exp10 < 16)
        {
            if (pointPos <= 0)
            {
                sb.Append("0.").Append('0', -pointPos).Append(digits);
            }
            else if (pointPos >= digits.Length)
            {
                sb.Append(digits).Append('0', pointPos - digits.Length).Append(".0");
            }
            else
            {
                sb.Append(digits, 0, pointPos).Append('.').Append(digits, pointPos, digits.Length - pointPos);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }
            sb.Append('e').Append(exp10 < 0 ? '-' : '+').Append(Math.Abs(exp10).ToString("D2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Python's <c>str()</c> of a parameter value as a validation report prints it.</summary>
    public static string Str(object? value) => value is string s ? s : Repr(value);

    /// <summary>Python's <c>repr()</c> of a botocore-shaped value (dicts, lists, strings, numbers, bytes).</summary>
    public static string Repr(object? value)
    {
        switch (value)
        {
            case null:
                return "None";
            case string s:
                return s.Contains('\'') && !s.Contains('"') ? "\"" + s + "\"" : "'" + s.Replace("'", "\\'", StringComparison.Ordinal) + "'";
            case bool b:
                return b ? "True" : "False";
            case double or float:
                return FloatRepr(ValueConversions.ToDouble(value));
            case byte[] bytes:
                return "b'" + string.Concat(bytes.Select(x => x >= 0x20 && x < 0x7f && x != '\'' && x != '\\' ? ((char)x).ToString() : $"\\x{x:x2}")) + "'";
            case IDictionary dict:
                var items = new List<string>();
                foreach (DictionaryEntry e in dict)
                {
                    items.Add(Repr(e.Key) + ": " + Repr(e.Value));
                }
                return "{" + string.Join(", ", items) + "}";
            case IEnumerable list:
                return "[" + string.Join(", ", list.Cast<object?>().Select(Repr)) + "]";
            default:
                return ValueConversions.ToPythonString(value);
        }
    }

    /// <summary>
    /// Python truthiness, which botocore's serializers (booleans written as <c>true</c>/<c>false</c>) and the rules
    /// engine's <c>not</c> rely on: None, False, zero, "" and empty containers are false.
    /// </summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        double d => d != 0,
        float f => f != 0,
        decimal m => m != 0,
        ICollection c => c.Count > 0,
        IReadOnlyCollection<string> c => c.Count > 0,
        _ when ValueConversions.IsInteger(value) => ValueConversions.ToInt64(value) != 0,
        _ => true,
    };

    /// <summary>Python's <c>str(type(value))</c> for the CLR type standing in for a Python type.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "<class 'NoneType'>",
        string => "<class 'str'>",
        bool => "<class 'bool'>",
        double or float or Half => "<class 'float'>",
        decimal => "<class 'decimal.Decimal'>",
        byte[] => "<class 'bytes'>",
        DateTime or DateTimeOffset => "<class 'datetime.datetime'>",
        IDictionary => "<class 'dict'>",
        IEnumerable => "<class 'list'>",
        _ when ValueConversions.IsInteger(value) => "<class 'int'>",
        _ => $"<class '{value.GetType().Name}'>",
    };
}
