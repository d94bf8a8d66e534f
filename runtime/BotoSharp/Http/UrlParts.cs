namespace BotoSharp.Http;

/// <summary>
/// A URL split the way Python's <c>urlsplit</c> does it: no decoding and no normalisation, so signers see exactly
/// the characters that go on the wire.
/// </summary>
internal readonly record struct UrlParts(string Scheme, string Netloc, string Path, string Query, string Fragment)
{
    /// <summary>The user name and password part of the authority (before its last <c>@</c>), empty when there is none.</summary>
    public string UserInfo => Netloc.Contains('@', StringComparison.Ordinal) ? Netloc[..Netloc.LastIndexOf('@')] : string.Empty;

    /// <summary>Splits <paramref name="url"/> into scheme, authority, path, query and fragment.</summary>
    /// <remarks>
    /// A client asks for the same URL's parts several times per call (signing, the transport) and call after call:
    /// the thread's last answer is given again for the same text (the parts are immutable strings).
    /// </remarks>
    public static UrlParts Split(string url)
    {
        if (t_lastUrl is { } last && string.Equals(last, url, StringComparison.Ordinal))
        {
            return t_lastParts;
        }
        var parts = SplitText(url);
        t_lastParts = parts;
        t_lastUrl = url;
        return parts;
    }

    [ThreadStatic]
    private static string? t_lastUrl;

    [ThreadStatic]
    private static UrlParts t_lastParts;

    private static UrlParts SplitText(string url)
    {
        var scheme = string.Empty;
        var rest = url;
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && IsScheme(url.AsSpan(0, colon)))
        {
            scheme = url[..colon].ToLowerInvariant();
            rest = url[(colon + 1)..];
        }
        var netloc = string.Empty;
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var end = rest.IndexOfAny(s_netlocEnd, 2);
            if (end < 0)
            {
                end = rest.Length;
            }
            netloc = rest[2..end];
            rest = rest[end..];
        }
        var fragment = string.Empty;
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }
        var query = string.Empty;
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }
        return new UrlParts(scheme, netloc, rest, query, fragment);
    }

    private static readonly char[] s_netlocEnd = { '/', '?', '#' };

    /// <summary>The host, lower-cased, without user info, port or IPv6 brackets.</summary>
    public string Host
    {
        get
        {
            var hostPort = HostPort;
            if (hostPort.StartsWith('['))
            {
                var close = hostPort.IndexOf(']', StringComparison.Ordinal);
                return (close > 0 ? hostPort[1..close] : hostPort[1..]).ToLowerInvariant();
            }
            var portColon = hostPort.LastIndexOf(':');
            return (portColon >= 0 ? hostPort[..portColon] : hostPort).ToLowerInvariant();
        }
    }

    /// <summary>The explicit port, or null.</summary>
    public int? Port
    {
        get
        {
            var hostPort = HostPort;
            var close = hostPort.LastIndexOf(']');
            var portColon = hostPort.LastIndexOf(':');
            if (portColon <= close || portColon < 0)
            {
                return null;
            }
            return int.TryParse(hostPort.AsSpan(portColon + 1), out var port) ? port : null;
        }
    }

    /// <summary>Whether the host is an IPv6 literal (written in brackets).</summary>
    public bool IsIPv6 => HostPort.StartsWith('[');

    /// <summary>Joins the parts back together like Python's <c>urlunsplit</c>.</summary>
    public string Join()
    {
        var url = Scheme.Length > 0 ? Scheme + "://" + Netloc + Path : "//" + Netloc + Path;
        if (Scheme.Length == 0 && Netloc.Length == 0)
        {
            url = Path;
        }
        if (Query.Length > 0)
        {
            url += "?" + Query;
        }
        if (Fragment.Length > 0)
        {
            url += "#" + Fragment;
        }
        return url;
    }

    private string HostPort
    {
        get
        {
            var at = Netloc.LastIndexOf('@');
            return at >= 0 ? Netloc[(at + 1)..] : Netloc;
        }
    }

    private static bool IsScheme(ReadOnlySpan<char> candidate)
    {
        foreach (var c in candidate)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }
        return char.IsAsciiLetter(candidate[0]);
    }
}
