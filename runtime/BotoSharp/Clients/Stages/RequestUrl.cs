namespace BotoSharp.Clients.Stages;

/// <summary>botocore's <c>_urljoin</c> with <c>urlunsplit</c>'s rules, as the request URL is built.</summary>
internal static class RequestUrl
{
    /// <summary>
    /// The endpoint's path plus the operation's path without a doubled slash, <c>/</c> when both are empty, a
    /// leading <c>/</c> always, and the host prefix in front of the host.
    /// </summary>
    public static string Join(string endpointUrl, string urlPath, string? hostPrefix)
    {
        var uri = new Uri(endpointUrl);
        var basePath = uri.AbsolutePath == "/" && !endpointUrl.TrimEnd('?').EndsWith('/') ? string.Empty : uri.AbsolutePath;
        string path;
        if (string.IsNullOrEmpty(urlPath) || urlPath == "/")
        {
            path = string.IsNullOrEmpty(basePath) ? "/" : basePath;
        }
        else if (basePath.EndsWith('/') && urlPath.StartsWith('/'))
        {
            path = basePath[..^1] + urlPath;
        }
        else
        {
            path = basePath + urlPath;
        }
        // urlunsplit puts a '/' before a path that lacks one when there is a host: S3's "/{Bucket}?session" minus the
        // bucket is "?session", which goes on the wire as "/?session".
        if (path[0] != '/')
        {
            path = "/" + path;
        }
        var authority = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        if (uri.HostNameType == UriHostNameType.IPv6)
        {
            authority = uri.IsDefaultPort ? $"[{uri.DnsSafeHost}]" : $"[{uri.DnsSafeHost}]:{uri.Port}";
        }
        var query = uri.Query.Length > 1 ? uri.Query : string.Empty;
        return $"{uri.Scheme}://{hostPrefix}{authority}{path}{query}";
    }
}
