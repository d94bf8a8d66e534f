namespace BotoSharp.Protocols.Xml;

/// <summary>
/// The scalar spellings the query, ec2 and rest-xml serializers share, on top of the shared conversions (booleans
/// use <see cref="PythonFormat.IsTruthy"/>): base64 blobs, botocore's float special values and timestamps in the
/// member's format.
/// </summary>
internal static class ValueText
{
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
