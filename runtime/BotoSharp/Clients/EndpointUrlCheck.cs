using System.Text.RegularExpressions;

namespace BotoSharp.Clients;

/// <summary>
/// botocore's <c>is_valid_endpoint_url</c> / <c>is_valid_ipv6_endpoint_url</c>, checked by <c>create_endpoint</c> on
/// the client's endpoint URL: a region such as <c>""</c> or <c>"us-east-1\n"</c> passes botocore's region check but
/// builds a host no DNS name can have, and is refused here with botocore's "Invalid endpoint" error.
/// </summary>
internal static partial class EndpointUrlCheck
{
    /// <summary>Throws botocore's <c>ValueError("Invalid endpoint: …")</c> unless <paramref name="endpointUrl"/> is valid.</summary>
    /// <exception cref="ArgumentException">The URL has no valid host name.</exception>
    public static void Ensure(string endpointUrl)
    {
        // Validity is a function of the text alone: the URL last found valid (every client of a service and region
        // has the same one) is not parsed again.
        if (s_lastValid is { } last && string.Equals(endpointUrl, last, StringComparison.Ordinal))
        {
            return;
        }
        if (!IsValid(endpointUrl))
        {
            throw new ArgumentException($"Invalid endpoint: {endpointUrl}", nameof(endpointUrl));
        }
        s_lastValid = endpointUrl;
    }

    private static volatile string? s_lastValid;

    private static bool IsValid(string url)
    {
        // post-bpo-43882 urlsplit drops tab, CR and LF silently; botocore refuses them first.
        if (url.AsSpan().IndexOfAny("\t\r\n") >= 0)
        {
            return false;
        }
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var netloc = schemeEnd < 0 ? string.Empty : url[(schemeEnd + 3)..];
        var end = netloc.AsSpan().IndexOfAny("/?#");
        netloc = end < 0 ? netloc : netloc[..end];
        netloc = netloc[(netloc.LastIndexOf('@') + 1)..];
        if (netloc.StartsWith('['))
        {
            var close = netloc.IndexOf(']', StringComparison.Ordinal);
            return close > 1 && System.Net.IPAddress.TryParse(netloc[1..close], out var address)
                && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        }
        var colon = netloc.IndexOf(':', StringComparison.Ordinal);
        var host = (colon < 0 ? netloc : netloc[..colon]).ToLowerInvariant();
        if (host.Length == 0 || host.Length > 255)
        {
            return false;
        }
        if (host[^1] == '.')
        {
            host = host[..^1];
        }
        return System.Text.Ascii.IsValid(host) ? IsAsciiHostName(host) : HostName().IsMatch(host);
    }

    // The pattern below for an ASCII host, by hand: dot-separated labels of 1-63 letters, digits and dashes, none
    // starting or ending with a dash. A client's first creation checks its URL, and the regex's first use would load
    // the regex engine in every cold process. Other hosts still go to the pattern (its case-insensitive classes).
    internal static bool IsAsciiHostName(string host)
    {
        var start = 0;
        while (true)
        {
            var dot = host.IndexOf('.', start);
            var end = dot < 0 ? host.Length : dot;
            var length = end - start;
            if (length is < 1 or > 63 || host[start] == '-' || host[end - 1] == '-')
            {
                return false;
            }
            for (var i = start; i < end; i++)
            {
                if (!char.IsAsciiLetterOrDigit(host[i]) && host[i] != '-')
                {
                    return false;
                }
            }
            if (dot < 0)
            {
                return true;
            }
            start = dot + 1;
        }
    }

    [GeneratedRegex(@"^((?!-)[A-Z\d-]{1,63}(?<!-)\.)*((?!-)[A-Z\d-]{1,63}(?<!-))\z", RegexOptions.IgnoreCase)]
    private static partial Regex HostName();
}
