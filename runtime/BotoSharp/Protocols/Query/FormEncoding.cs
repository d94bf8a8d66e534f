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

    /// <summary>
    /// The UTF-8 bytes of <see cref="Encode"/>, written straight into one array of the exact size (the encoding is
    /// pure ASCII): no string builder, no intermediate string, no per-value byte arrays for ASCII text.
    /// </summary>
    public static byte[] EncodeUtf8(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var length = Math.Max(0, pairs.Count - 1);
        foreach (var (key, value) in pairs)
        {
            length += QuotedLength(key) + 1 + QuotedLength(value);
        }
        var body = new byte[length];
        var at = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                body[at++] = (byte)'&';
            }
            at = QuotePlus(body, at, pairs[i].Key);
            body[at++] = (byte)'=';
            at = QuotePlus(body, at, pairs[i].Value);
        }
        return body;
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

    private static int QuotedLength(string value)
    {
        if (!Ascii.IsValid(value))
        {
            var length = 0;
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                length += b == (byte)' ' || IsUnreserved(b) ? 1 : 3;
            }
            return length;
        }
        var ascii = 0;
        foreach (var c in value)
        {
            ascii += c == ' ' || IsUnreserved((byte)c) ? 1 : 3;
        }
        return ascii;
    }

    private static int QuotePlus(byte[] output, int at, string value)
    {
        if (!Ascii.IsValid(value))
        {
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                at = QuoteByte(output, at, b);
            }
            return at;
        }
        foreach (var c in value)
        {
            at = QuoteByte(output, at, (byte)c);
        }
        return at;
    }

    private static int QuoteByte(byte[] output, int at, byte b)
    {
        if (b == (byte)' ')
        {
            output[at++] = (byte)'+';
        }
        else if (IsUnreserved(b))
        {
            output[at++] = b;
        }
        else
        {
            output[at++] = (byte)'%';
            output[at++] = (byte)HexDigit(b >> 4);
            output[at++] = (byte)HexDigit(b & 0xF);
        }
        return at;
    }

    private static bool IsUnreserved(byte b) =>
        b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'_' or (byte)'.' or (byte)'-' or (byte)'~';

    private static char HexDigit(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
