using System.Text;

namespace BotoSharp.Http;

/// <summary>
/// The percent-encoding and path rules signers rely on, matching Python's <c>urllib.parse.quote</c> and
/// botocore's <c>percent_encode_sequence</c> / <c>normalize_url_path</c>.
/// </summary>
public static class AwsUriEncoding
{
    /// <summary>
    /// Percent-encodes the UTF-8 bytes of <paramref name="value"/>, leaving ASCII letters, digits, <c>_.-~</c> and any
    /// character in <paramref name="safe"/> as they are (upper-case hex, like <c>quote</c>).
    /// </summary>
    public static string Quote(string value, string safe = "/")
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? builder = null;
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 128 && (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~' || safe.Contains(c)))
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(value.Length * 3).Append(value, 0, i);
            var length = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
            for (var b = 0; b < length; b++)
            {
                builder.Append('%').Append(s_hex[utf8[b] >> 4]).Append(s_hex[utf8[b] & 0xF]);
            }
        }
        return builder?.ToString() ?? value;
    }

    /// <summary>Encodes pairs as <c>k=v&amp;k=v</c> with <see cref="Quote"/> and safe chars <c>-_.~</c>, in the given order.</summary>
    public static string PercentEncodeSequence(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }
            builder.Append(Quote(key, "-_.~")).Append('=').Append(Quote(value, "-_.~"));
        }
        return builder.ToString();
    }

    /// <summary>
    /// Removes <c>.</c> and <c>..</c> segments and empty segments (AWS wants repeated slashes collapsed); an empty
    /// path becomes <c>/</c>. botocore's <c>normalize_url_path</c>.
    /// </summary>
    public static string NormalizeUrlPath(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }
        if (IsNormalized(path))
        {
            return path;
        }
        var output = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }
            if (segment == "..")
            {
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }
                continue;
            }
            output.Add(segment);
        }
        var first = path[0] == '/' ? "/" : string.Empty;
        var last = path[^1] == '/' && output.Count > 0 ? "/" : string.Empty;
        return first + string.Join('/', output) + last;
    }

    // No empty segment inside the path (only before the first or after the last '/') and no '.' or '..' segment:
    // normalizing would give the path back as it is.
    private static bool IsNormalized(string path)
    {
        var start = 0;
        while (start <= path.Length)
        {
            var slash = path.IndexOf('/', start);
            var end = slash < 0 ? path.Length : slash;
            var segment = path.AsSpan(start, end - start);
            var atEnd = start == 0 || slash < 0;
            if ((segment.Length == 0 && !atEnd) || segment is "." or "..")
            {
                return false;
            }
            if (slash < 0)
            {
                break;
            }
            start = slash + 1;
        }
        return true;
    }

    /// <summary>Decodes <c>%XX</c> escapes (and <c>+</c> as space when <paramref name="plusIsSpace"/>) as UTF-8, like <c>unquote</c>.</summary>
    public static string Unquote(string value, bool plusIsSpace = false)
    {
        if (plusIsSpace)
        {
            value = value.Replace('+', ' ');
        }
        if (!value.Contains('%'))
        {
            return value;
        }
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Parses a query string into pairs in order, keeping blank values (<c>parse_qsl(keep_blank_values=True)</c>).</summary>
    public static List<KeyValuePair<string, string>> ParseQuery(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq >= 0 ? part[..eq] : part;
            var value = eq >= 0 ? part[(eq + 1)..] : string.Empty;
            pairs.Add(new(Unquote(key, true), Unquote(value, true)));
        }
        return pairs;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static readonly char[] s_hex = "0123456789ABCDEF".ToCharArray();
}
