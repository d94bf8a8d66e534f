using System.Collections;
using System.Globalization;
using System.Text;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// The scalar conversions the query, ec2 and rest-xml serializers share: Python truthiness for booleans, base64 for
/// blobs (a string is UTF-8 encoded first), botocore's float spellings and timestamp formats.
/// </summary>
internal static class ValueText
{
    /// <summary>Python's truthiness, which botocore uses to decide between <c>true</c> and <c>false</c>.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        double d => d != 0,
        float f => f != 0,
        decimal m => m != 0,
        IConvertible c when c.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.UInt64 => c.ToInt64(CultureInfo.InvariantCulture) != 0,
        ICollection c => c.Count > 0,
        _ => true,
    };

    /// <summary>Base64 of a blob value: bytes as given, a string as its UTF-8 bytes, a stream read to its end.</summary>
    public static string Base64(object? value) => Convert.ToBase64String(Bytes(value));

    /// <summary>The bytes of a blob value.</summary>
    public static byte[] Bytes(object? value)
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
            case Stream stream:
                using (var copy = new MemoryStream())
                {
                    stream.CopyTo(copy);
                    return copy.ToArray();
                }
            default:
                throw new Errors.ParamValidationError($"Invalid type for blob value: {value}, type: {value?.GetType().Name ?? "None"}, valid types: <class 'bytes'>, <class 'bytearray'>, file-like object");
        }
    }

    /// <summary>A float value as botocore writes it: <c>Infinity</c>, <c>-Infinity</c>, <c>NaN</c>, else Python's <c>str</c>.</summary>
    public static string Float(object? value)
    {
        var number = value switch
        {
            double d => d,
            float f => f,
            _ => (double?)null,
        };
        if (number is { } n)
        {
            if (double.IsPositiveInfinity(n))
            {
                return "Infinity";
            }
            if (double.IsNegativeInfinity(n))
            {
                return "-Infinity";
            }
            if (double.IsNaN(n))
            {
                return "NaN";
            }
        }
        return value is null ? "None" : PythonText.Str(value);
    }

    /// <summary>Formats a timestamp value in one of the model's formats (<c>iso8601</c>, <c>unixTimestamp</c>, <c>rfc822</c>).</summary>
    public static string Timestamp(object? value, string format)
    {
        var instant = Timestamps.ToAwareUtc(value);
        return format.ToLowerInvariant() switch
        {
            "iso8601" => Timestamps.Iso8601(instant),
            "unixtimestamp" => Timestamps.UnixSeconds(instant).ToString(CultureInfo.InvariantCulture),
            "rfc822" => Timestamps.Rfc822(instant),
            _ => throw new Errors.ParamValidationError($"Unknown timestamp format: {format}"),
        };
    }

    /// <summary>botocore's default timestamp parser for response values.</summary>
    public static object? ParseTimestamp(string text) => Timestamps.Parse(text);
}
