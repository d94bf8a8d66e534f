using System.Globalization;
using System.IO.Hashing;
using BotoSharp.Errors;

namespace BotoSharp.Clients.Retries;

/// <summary>The CRC-32 of a response body against the value a header announced (DynamoDB's <c>x-amz-crc32</c>).</summary>
internal static class Crc32Body
{
    /// <summary>A <see cref="ChecksumError"/> when <paramref name="body"/> does not match <paramref name="expected"/>, else null.</summary>
    /// <remarks>botocore compares with <c>int(header)</c>; a header that is not an integer makes Python raise there,
    /// here it counts as a mismatch (a bad header value is never taken as success).</remarks>
    public static ChecksumError? Check(string expected, ReadOnlySpan<byte> body)
    {
        var actual = Crc32.HashToUInt32(body);
        if (long.TryParse(expected.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var announced) && announced == actual)
        {
            return null;
        }
        return new ChecksumError("crc32", expected.Trim(), actual.ToString(CultureInfo.InvariantCulture));
    }
}
