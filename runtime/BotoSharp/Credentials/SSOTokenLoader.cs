using System.Security.Cryptography;
using System.Text;
using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Reads and writes IAM Identity Center tokens in the SSO cache, botocore's <c>SSOTokenLoader</c>: the key is the
/// SHA-1 (lower-case hex) of the sso-session name, or of the start URL for a legacy profile.
/// </summary>
public sealed class SSOTokenLoader
{
    private readonly ICredentialCache _cache;

    /// <summary>Creates the loader over a cache (a <see cref="JsonFileCache"/> of <c>~/.aws/sso/cache</c> in a session).</summary>
    public SSOTokenLoader(ICredentialCache cache)
    {
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
    }

    /// <summary>The cache key: SHA-1 of <paramref name="sessionName"/> when given, else of <paramref name="startUrl"/>.</summary>
    public static string CacheKey(string startUrl, string? sessionName) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(sessionName ?? startUrl))).ToLowerInvariant();

    /// <summary>Stores a token (botocore's <c>save_token</c>).</summary>
    public void SaveToken(string startUrl, Dictionary<string, object?> token, string? sessionName = null) =>
        _cache.Set(CacheKey(startUrl, sessionName), token);

    /// <summary>Loads a token, which must have <c>accessToken</c> and <c>expiresAt</c>.</summary>
    /// <exception cref="SSOTokenLoadError">No token, an unreadable one, or one without those keys.</exception>
    public Dictionary<string, object?> Load(string startUrl, string? sessionName = null)
    {
        var key = CacheKey(startUrl, sessionName);
        if (!_cache.Contains(key))
        {
            throw new SSOTokenLoadError($"Token for {sessionName ?? startUrl} does not exist");
        }
        Dictionary<string, object?> token;
        try
        {
            token = _cache.Get(key);
        }
        catch (KeyNotFoundException e)
        {
            // botocore lets the KeyError escape for an unreadable entry; the typed error names the token.
            throw new SSOTokenLoadError($"Token for {sessionName ?? startUrl} could not be read: {e.InnerException?.Message}", e);
        }
        if (!token.ContainsKey("accessToken") || !token.ContainsKey("expiresAt"))
        {
            throw new SSOTokenLoadError($"Token for {startUrl} is invalid");
        }
        return token;
    }
}
