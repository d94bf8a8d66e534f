using System.Text;

namespace BotoSharp.Protocols;

/// <summary>
/// botocore's <c>percent_encode</c>: UTF-8 bytes, every byte outside the unreserved set (letters, digits, <c>-._~</c>)
/// and the caller's extra safe characters becomes <c>%XX</c> with upper-case hex, as Python's <c>quote</c> does.
/// </summary>
public static class PercentEncoding
{
    /// <summary>Encodes a string; <paramref name="safe"/> adds characters left as they are (<c>/~</c> for greedy labels).</summary>
    public static string Encode(string value, string safe = "-_.~")
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || safe.Contains(c)))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }
}
