using System.Globalization;
using System.Text;

namespace BotoSharp.Protocols;

/// <summary>
/// The value coercions botocore's serializers perform implicitly in Python: any integral CLR type is an integer,
/// any numeric type is a float, blobs come as bytes, memory, streams or strings (UTF-8 encoded), and scalar values
/// print as Python's <c>str()</c> would in URIs, query strings and headers.
/// </summary>
public static class ValueConversions
{
    /// <summary>Whether the value is an integral number (booleans are not, unlike in Python).</summary>
    public static bool IsInteger(object? value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or System.Numerics.BigInteger;

    /// <summary>Whether the value is any number (integral, float, double or decimal).</summary>
    public static bool IsNumber(object? value) => IsInteger(value) || value is float or double or decimal or Half;

    /// <summary>Converts a number to a double.</summary>
    public static double ToDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        Half h => (double)h,
        decimal m => (double)m,
        System.Numerics.BigInteger b => (double)b,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Converts an integral number to a long (<see cref="Errors.SerializationError"/> when out of range).</summary>
    public static long ToInt64(object value)
    {
        try
        {
            return value is System.Numerics.BigInteger b ? (long)b : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
        catch (OverflowException e)
        {
            throw new Errors.SerializationError($"Integer out of range: {value}", e);
        }
    }

    /// <summary>Whether the value is something botocore takes as a blob (bytes, memory, stream or string).</summary>
    public static bool IsBlob(object? value) =>
        value is byte[] or string or Stream or ReadOnlyMemory<byte> or Memory<byte> or ArraySegment<byte>;

    /// <summary>The bytes of a blob value; strings are UTF-8 encoded and streams read from their position to the end.</summary>
    public static byte[] ToBytes(object value)
    {
        switch (value)
        {
            case byte[] bytes:
                return bytes;
            case string s:
                return Encoding.UTF8.GetBytes(s);
            case ReadOnlyMemory<byte> rom:
                return rom.ToArray();
            case Memory<byte> mem:
                return mem.ToArray();
            case ArraySegment<byte> seg:
                return seg.ToArray();
            case Stream stream:
                using (var copy = new MemoryStream())
                {
                    stream.CopyTo(copy);
                    return copy.ToArray();
                }
            default:
                throw new Errors.SerializationError($"A blob must be bytes, a string or a stream, not {value.GetType().Name}.");
        }
    }

    /// <summary>The items of a list value; anything else (strings, dictionaries, scalars) raises <see cref="Errors.SerializationError"/>.</summary>
    public static IEnumerable<object?> AsList(object value, string shapeName) =>
        value is System.Collections.IEnumerable items and not string and not System.Collections.IDictionary and not byte[]
            ? items.Cast<object?>()
            : throw new Errors.SerializationError($"Expected a list for {shapeName}, got {value.GetType().Name}.");

    /// <summary>
    /// Python's <c>str(value)</c> for a scalar: integers as digits, floats as <c>repr</c> (<c>1.0</c>, <c>1e+16</c>),
    /// booleans <c>True</c>/<c>False</c>, strings unchanged.
    /// </summary>
    public static string ToPythonString(object? value) => value switch
    {
        null => "None",
        string s => s,
        bool b => b ? "True" : "False",
        double d => PythonFormat.FloatRepr(d),
        float f => PythonFormat.FloatRepr(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// botocore's float special values: infinities and NaN become the strings <c>Infinity</c>, <c>-Infinity</c> and
    /// <c>NaN</c>; other numbers pass through.
    /// </summary>
    public static object HandleFloat(object value)
    {
        if (value is double or float or Half)
        {
            var d = ToDouble(value);
            if (double.IsPositiveInfinity(d))
            {
                return "Infinity";
            }
            if (double.IsNegativeInfinity(d))
            {
                return "-Infinity";
            }
            if (double.IsNaN(d))
            {
                return "NaN";
            }
        }
        return value;
    }
}
