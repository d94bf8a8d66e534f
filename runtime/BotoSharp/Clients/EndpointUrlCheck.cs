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
        return HostName().IsMatch(host);
    }

    [GeneratedRegex(@"^((?!-)[A-Z\d-]{1,63}(?<!-)\.)*((?!-)[A-Z\d-]{1,63}(?<!-))\z", RegexOptions.IgnoreCase)]
    private static partial Regex HostName();
}
