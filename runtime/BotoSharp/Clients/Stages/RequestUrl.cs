namespace BotoSharp.Clients.Stages;

/// <summary>botocore's <c>_urljoin</c> with <c>urlunsplit</c>'s rules, as the request URL is built.</summary>
/// <remarks>
/// The answer is a function of the three texts alone, and a client joins the same endpoint (usually the same path
/// too) call after call, so the last join is kept: the same texts give its URL again, the same endpoint its parsed
/// parts. Both records are immutable, so threads racing on the one slot only ever see a whole answer.
/// </remarks>
internal static class RequestUrl
{
    private static Joined? s_last;

    /// <summary>
    /// The endpoint's path plus the operation's path without a doubled slash, <c>/</c> when both are empty, a
    /// leading <c>/</c> always, and the host prefix in front of the host.
    /// </summary>
    public static string Join(string endpointUrl, string urlPath, string? hostPrefix)
    {
        var last = s_last;
        if (last is not null && string.Equals(last.Endpoint.Url, endpointUrl, StringComparison.Ordinal))
        {
            if (string.Equals(last.UrlPath, urlPath, StringComparison.Ordinal) && string.Equals(last.HostPrefix, hostPrefix, StringComparison.Ordinal))
            {
                return last.Url;
            }
            return Remember(last.Endpoint, urlPath, hostPrefix);
        }
        return Remember(EndpointParts.Parse(endpointUrl), urlPath, hostPrefix);
    }

    private static string Remember(EndpointParts endpoint, string urlPath, string? hostPrefix)
    {
        var url = endpoint.Join(urlPath, hostPrefix);
        s_last = new Joined(endpoint, urlPath, hostPrefix, url);
        return url;
    }

    private sealed record Joined(EndpointParts Endpoint, string UrlPath, string? HostPrefix, string Url);

    // The pieces of an endpoint URL the join reads, as System.Uri gives them.
    private sealed record EndpointParts(string Url, string Scheme, string Authority, string BasePath, string Query)
    {
        public static EndpointParts Parse(string endpointUrl)
        {
            var uri = new Uri(endpointUrl);
            var basePath = uri.AbsolutePath == "/" && !endpointUrl.TrimEnd('?').EndsWith('/') ? string.Empty : uri.AbsolutePath;
            var authority = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
            if (uri.HostNameType == UriHostNameType.IPv6)
            {
                authority = uri.IsDefaultPort ? $"[{uri.DnsSafeHost}]" : $"[{uri.DnsSafeHost}]:{uri.Port}";
            }
            var query = uri.Query.Length > 1 ? uri.Query : string.Empty;
            return new EndpointParts(endpointUrl, uri.Scheme, authority, basePath, query);
        }

        public string Join(string urlPath, string? hostPrefix)
        {
            string path;
            if (string.IsNullOrEmpty(urlPath) || urlPath == "/")
            {
                path = string.IsNullOrEmpty(BasePath) ? "/" : BasePath;
            }
            else if (BasePath.EndsWith('/') && urlPath.StartsWith('/'))
            {
                path = BasePath[..^1] + urlPath;
            }
            else
            {
                path = BasePath + urlPath;
            }
            // urlunsplit puts a '/' before a path that lacks one when there is a host: S3's "/{Bucket}?session" minus
            // the bucket is "?session", which goes on the wire as "/?session".
            if (path[0] != '/')
            {
                path = "/" + path;
            }
            return $"{Scheme}://{hostPrefix}{Authority}{path}{Query}";
        }
    }
}
