using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Endpoints.Library;

/// <summary>The rules-engine functions that are not parsers, with botocore's type checks and messages.</summary>
internal static class StandardLibrary
{
    /// <summary>A shared boxed <c>true</c>, so conditions do not allocate.</summary>
    public static readonly object True = true;

    /// <summary>A shared boxed <c>false</c>.</summary>
    public static readonly object False = false;


    /// <summary><c>booleanEquals</c>: both must be booleans.</summary>
    public static object BooleanEquals(object? a, object? b)
    {
        if (a is not bool x || b is not bool y)
        {
            throw new EndpointResolutionError(
                $"Both arguments must be bools, not {PythonText.TypeName(a)} and {PythonText.TypeName(b)}.");
        }
        return x == y ? True : False;
    }

    /// <summary><c>stringEquals</c>: both must be strings; compared ordinally.</summary>
    public static object StringEquals(object? a, object? b)
    {
        if (a is not string x || b is not string y)
        {
            throw new EndpointResolutionError(
                $"Both values must be strings, not {PythonText.TypeName(a)} and {PythonText.TypeName(b)}.");
        }
        return string.Equals(x, y, StringComparison.Ordinal) ? True : False;
    }

    /// <summary>
    /// <c>substring(value, start, stop, reverse)</c>: null when start ≥ stop, stop is past the end or the value
    /// is not ASCII; with reverse the indexes count from the end.
    /// </summary>
    public static object? Substring(object? value, object? start, object? stop, object? reverse)
    {
        if (value is not string s)
        {
            throw new EndpointResolutionError($"Input must be a string, not {PythonText.TypeName(value)}.");
        }
        var from = ToInt(start);
        var to = ToInt(stop);
        if (from >= to || s.Length < to || !IsAscii(s))
        {
            return null;
        }
        if (reverse is true)
        {
            return Slice(s, s.Length - to, s.Length - from);
        }
        return Slice(s, from, to);
    }

    /// <summary><c>uriEncode</c>: UTF-8 percent-encoding keeping only letters, digits and <c>-_.~</c>.</summary>
    public static object? UriEncode(object? value)
    {
        if (value is null)
        {
            return null;
        }
        return AwsUriEncoding.Quote(value as string ?? PythonText.Str(value), string.Empty);
    }

    /// <summary><c>isValidHostLabel</c>: an RFC 1123 label, or dot-separated labels when subdomains are allowed.</summary>
    public static object IsValidHostLabel(object? value, object? allowSubdomains) =>
        IsHostLabel(value as string, allowSubdomains) ? True : False;

    /// <summary>
    /// <c>aws.isVirtualHostableS3Bucket</c>: at least 3 characters, lower case, not an IPv4 address, and valid
    /// host label(s).
    /// </summary>
    public static object IsVirtualHostableS3Bucket(object? value, object? allowSubdomains)
    {
        if (value is not string s || s.Length < 3 || !string.Equals(s.ToLowerInvariant(), s, StringComparison.Ordinal)
            || IsIpv4(s))
        {
            return False;
        }
        return IsHostLabel(s, allowSubdomains) ? True : False;
    }

    /// <summary>Whether a host name is a dotted-quad IPv4 address (botocore's <c>IPV4_RE</c>).</summary>
    public static bool IsIpv4(string host)
    {
        // Python's "^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$", written out: it runs on every bucket name.
        var span = WithoutFinalNewline(host);
        var groups = 0;
        var digits = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 3)
                {
                    return false;
                }
            }
            else if (c == '.' && digits > 0 && groups < 3)
            {
                groups++;
                digits = 0;
            }
            else
            {
                return false;
            }
        }
        return groups == 3 && digits > 0;
    }

    private static bool IsHostLabel(string? value, object? allowSubdomains)
    {
        if (value is null || (allowSubdomains is false && value.Contains('.')))
        {
            return false;
        }
        if (allowSubdomains is true)
        {
            foreach (var label in value.Split('.'))
            {
                if (!IsSingleLabel(label))
                {
                    return false;
                }
            }
            return true;
        }
        return IsSingleLabel(value);
    }

    // Python's "^(?!-)[a-zA-Z\d-]{1,63}(?<!-)$", written out: \d is any Unicode decimal digit and "$" also
    // matches before a final newline.
    private static bool IsSingleLabel(string value)
    {
        var span = WithoutFinalNewline(value);
        if (span.Length is 0 or > 63 || span[0] == '-' || span[^1] == '-')
        {
            return false;
        }
        foreach (var c in span)
        {
            if (!char.IsAsciiLetter(c) && !char.IsDigit(c) && c != '-')
            {
                return false;
            }
        }
        return true;
    }

    private static ReadOnlySpan<char> WithoutFinalNewline(string value) =>
        value.EndsWith('\n') ? value.AsSpan(0, value.Length - 1) : value.AsSpan();

    private static int ToInt(object? value) => value switch
    {
        long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
        int i => i,
        double d => (int)d,
        _ => throw new EndpointResolutionError($"Expected an integer, not {PythonText.TypeName(value)}."),
    };

    private static string Slice(string s, int from, int to)
    {
        // Rule sets only pass non-negative bounds; clamping keeps odd input from throwing.
        from = Math.Max(from, 0);
        to = Math.Max(to, 0);
        return to > from ? s.Substring(from, to - from) : "";
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }
        return true;
    }
}
