namespace BotoSharp.Signing;

/// <summary>Lets the HTTP layer split URLs exactly as the signers do, without making <see cref="UrlParts"/> public.</summary>
internal static class UrlPartsAccessor
{
    /// <summary>Splits a URL like Python's <c>urlsplit</c>.</summary>
    public static (string Scheme, string Netloc, string UserInfo) Split(string url)
    {
        var parts = UrlParts.Split(url);
        var at = parts.Netloc.LastIndexOf('@');
        return (parts.Scheme, parts.Netloc, at >= 0 ? parts.Netloc[..at] : string.Empty);
    }
}
