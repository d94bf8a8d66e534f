using System.Collections;
using System.Net;
using System.Text;

namespace BotoSharp.Http;

/// <summary>
/// Chooses the proxy for a URL the way botocore does: the <c>proxies</c> config dict (scheme → URL) when given,
/// otherwise the <c>*_proxy</c> environment variables (lower-case names win over upper-case) unless
/// <c>no_proxy</c>/<c>NO_PROXY</c> lists the host. Proxy URLs without a scheme get <c>http://</c>.
/// </summary>
public sealed class ProxyResolver
{
    private readonly IReadOnlyDictionary<string, string> _proxies;
    private readonly bool _fromEnvironment;
    private string? _sharingKey;

    private ProxyResolver(IReadOnlyDictionary<string, string> proxies, bool fromEnvironment)
    {
        _proxies = proxies;
        _fromEnvironment = fromEnvironment;
    }

    /// <summary>No proxy at all.</summary>
    public static ProxyResolver None { get; } = new(new Dictionary<string, string>(), false);

    // The environment's resolver when no *_proxy variable is set (the usual case): immutable, so one serves every client.
    private static readonly ProxyResolver s_noEnvironmentProxies = new(new Dictionary<string, string>(), true);

    /// <summary>From botocore's <c>Config(proxies={...})</c>; the environment is then ignored entirely.</summary>
    public static ProxyResolver FromConfig(IReadOnlyDictionary<string, string> proxies) =>
        new(new Dictionary<string, string>(proxies, StringComparer.Ordinal), false);

    /// <summary>From environment variables (the process environment when <paramref name="environment"/> is null).</summary>
    public static ProxyResolver FromEnvironment(IReadOnlyDictionary<string, string>? environment = null)
    {
        // One pass over the environment keeps only the *_proxy names (any case): both of urllib's passes read nothing else.
        var (candidates, underCgi) = ProxyVariables(environment);
        if (candidates is null)
        {
            return s_noEnvironmentProxies;
        }
        var proxies = new Dictionary<string, string>(StringComparer.Ordinal);
        // Pass 1 takes any case; pass 2 lets all-lower-case names override, as urllib's getproxies does.
        foreach (var (name, value) in candidates)
        {
            if (value.Length > 0)
            {
                proxies[name.ToLowerInvariant()[..^6]] = value;
            }
        }
        // Under CGI an HTTP_PROXY variable can come from a client's "Proxy:" header (httpoxy), so it is dropped.
        if (underCgi)
        {
            proxies.Remove("http");
        }
        foreach (var (name, value) in candidates)
        {
            if (name.EndsWith("_proxy", StringComparison.Ordinal))
            {
                var key = name.ToLowerInvariant()[..^6];
                if (value.Length > 0)
                {
                    proxies[key] = value;
                }
                else
                {
                    proxies.Remove(key);
                }
            }
        }
        return new ProxyResolver(proxies, true);
    }

    // The variables whose lower-cased name ends in "_proxy" (no other character lower-cases into those six), in
    // environment order (null when there are none), and whether REQUEST_METHOD is set; the process environment is
    // read once, without a copy.
    private static (List<KeyValuePair<string, string>>? Candidates, bool UnderCgi) ProxyVariables(IReadOnlyDictionary<string, string>? environment)
    {
        List<KeyValuePair<string, string>>? candidates = null;
        if (environment is null or Configuration.ProcessEnvironment)
        {
            var underCgi = false;
            foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                var name = (string)entry.Key;
                // As the live map's lookup: environment names are case-insensitive on Windows.
                underCgi |= name.Equals("REQUEST_METHOD", OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
                if (name.EndsWith("_proxy", StringComparison.OrdinalIgnoreCase))
                {
                    (candidates ??= new()).Add(new(name, entry.Value as string ?? string.Empty));
                }
            }
            return (candidates, underCgi);
        }
        foreach (var (name, value) in environment)
        {
            if (name.EndsWith("_proxy", StringComparison.OrdinalIgnoreCase))
            {
                (candidates ??= new()).Add(new(name, value));
            }
        }
        return (candidates, environment.ContainsKey("REQUEST_METHOD"));
    }

    /// <summary>
    /// A text equal for two resolvers exactly when they choose the same proxy for every URL (same source, same
    /// scheme → proxy entries, <c>no_proxy</c> included): transports are shared only between equal resolvers.
    /// </summary>
    internal string SharingKey => _sharingKey ??= (_fromEnvironment ? "env" : "config")
        + string.Concat(_proxies.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"\n{p.Key}={p.Value}"));

    /// <summary>The proxy URL for <paramref name="url"/>, or null to connect directly.</summary>
    public string? ProxyUrlFor(string url)
    {
        var parts = UrlParts.Split(url);
        if (_fromEnvironment && ShouldBypass(parts.Netloc))
        {
            return null;
        }
        return _proxies.TryGetValue(parts.Scheme, out var proxy) && proxy.Length > 0 ? FixProxyUrl(proxy) : null;
    }

    /// <summary>Credentials from the proxy URL's user info, or null.</summary>
    public static NetworkCredential? CredentialsFor(string proxyUrl)
    {
        var userInfo = UrlParts.Split(proxyUrl).UserInfo;
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == userInfo.Length - 1)
        {
            return null;
        }
        return new NetworkCredential(Uri.UnescapeDataString(userInfo[..colon]), Uri.UnescapeDataString(userInfo[(colon + 1)..]));
    }

    /// <summary>The proxy URL with user name and password replaced by <c>***</c>, for error messages.</summary>
    public static string Mask(string proxyUrl)
    {
        var userInfo = UrlParts.Split(proxyUrl).UserInfo;
        if (userInfo.Length == 0)
        {
            return proxyUrl;
        }
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var user = colon >= 0 ? userInfo[..colon] : userInfo;
        var password = colon >= 0 ? userInfo[(colon + 1)..] : string.Empty;
        var masked = new StringBuilder(proxyUrl);
        if (user.Length > 0)
        {
            masked = new StringBuilder(ReplaceFirst(masked.ToString(), user, "***"));
        }
        if (password.Length > 0)
        {
            masked = new StringBuilder(ReplaceFirst(masked.ToString(), password, "***"));
        }
        return masked.ToString();
    }

    private bool ShouldBypass(string netloc)
    {
        if (!_proxies.TryGetValue("no", out var noProxy))
        {
            return false;
        }
        if (noProxy == "*")
        {
            return true;
        }
        var host = netloc.ToLowerInvariant();
        var at = host.LastIndexOf('@');
        host = at >= 0 ? host[(at + 1)..] : host;
        var colon = host.LastIndexOf(':');
        var hostOnly = colon >= 0 && !host.EndsWith(']') ? host[..colon] : host;
        foreach (var raw in noProxy.Split(','))
        {
            var name = raw.Trim().TrimStart('.').ToLowerInvariant();
            if (name.Length == 0)
            {
                continue;
            }
            if (hostOnly == name || host == name || hostOnly.EndsWith("." + name, StringComparison.Ordinal) || host.EndsWith("." + name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string FixProxyUrl(string proxy) =>
        proxy.StartsWith("http:", StringComparison.Ordinal) || proxy.StartsWith("https:", StringComparison.Ordinal) ? proxy
        : proxy.StartsWith("//", StringComparison.Ordinal) ? "http:" + proxy
        : "http://" + proxy;

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        return index < 0 ? text : text[..index] + replacement + text[(index + find.Length)..];
    }
}
