using System.Text;

namespace BotoSharp.Protocols.Query;

/// <summary>
/// Encodes a query/ec2 form body as botocore's prepared request does (<c>urlencode</c> with <c>quote_plus</c>):
/// pairs in order, UTF-8 percent-encoding of everything but <c>A-Z a-z 0-9 _ . - ~</c>, and a space written as
/// <c>+</c>, unlike URL query strings, where botocore writes <c>%20</c>.
/// </summary>
public static class FormEncoding
{
    /// <summary>Encodes the pairs as <c>key=value&amp;…</c>.</summary>
    public static string Encode(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var output = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            if (output.Length > 0)
            {
                output.Append('&');
            }
            QuotePlus(output, key);
            output.Append('=');
            QuotePlus(output, value);
        }
        return output.ToString();
    }

    /// <summary>Encodes one value with <c>quote_plus</c>'s rules.</summary>
    public static string QuotePlus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var output = new StringBuilder(value.Length);
        QuotePlus(output, value);
        return output.ToString();
    }

    private static void QuotePlus(StringBuilder output, string value)
    {
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b == (byte)' ')
            {
                output.Append('+');
            }
            else if (IsUnreserved(b))
            {
                output.Append((char)b);
            }
            else
            {
                output.Append('%').Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
            }
        }
    }

    private static bool IsUnreserved(byte b) =>
        b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'_' or (byte)'.' or (byte)'-' or (byte)'~';

    private static char HexDigit(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
