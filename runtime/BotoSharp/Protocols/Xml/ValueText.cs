using System.Collections;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// The scalar spellings the query, ec2 and rest-xml serializers share, on top of the shared conversions: Python
/// truthiness for booleans (botocore writes <c>true</c> for any truthy value), base64 blobs, botocore's float
/// special values and timestamps in the member's format.
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
        ICollection c => c.Count > 0,
        _ when ValueConversions.IsInteger(value) => ValueConversions.ToInt64(value) != 0,
        _ => true,
    };

    /// <summary>Base64 of a blob value: bytes as given, a string as its UTF-8 bytes, a stream read to its end.</summary>
    public static string Base64(object? value) =>
        Convert.ToBase64String(ValueConversions.ToBytes(value ?? throw new Errors.SerializationError("A blob value cannot be None.")));

    /// <summary>A float value as botocore writes it: <c>Infinity</c>, <c>-Infinity</c>, <c>NaN</c>, else Python's <c>str</c>.</summary>
    public static string Float(object? value) =>
        ValueConversions.ToPythonString(value is null ? null : ValueConversions.HandleFloat(value));

    /// <summary>Any other scalar as Python's <c>str()</c> writes it.</summary>
    public static string Str(object? value) => ValueConversions.ToPythonString(value);

    /// <summary>Formats a timestamp value in a model format (<c>iso8601</c>, <c>unixTimestamp</c>, <c>rfc822</c>).</summary>
    public static string Timestamp(object? value, string format, TimestampPrecision precision) =>
        ValueConversions.ToPythonString(Timestamps.Format(Timestamps.ToUtc(value), format, precision));
}
