using System.Security.Cryptography;
using System.Text;

namespace BotoSharp.Auth;

/// <summary>
/// Reads and writes console sign-in (<c>aws login</c>) sessions, botocore's <c>LoginTokenLoader</c>: one JSON file
/// per session, named by the SHA-256 (lower-case hex) of the <c>login_session</c> value.
/// </summary>
public sealed class LoginTokenLoader
{
    private readonly ICredentialCache _cache;

    /// <summary>Creates the loader over a cache (a <see cref="JsonFileCache"/> of <see cref="CacheDirectory"/> in a session).</summary>
    public LoginTokenLoader(ICredentialCache cache)
    {
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
    }

    /// <summary>botocore's <c>get_login_token_cache_directory</c>: <c>AWS_LOGIN_CACHE_DIRECTORY</c> (with <c>~</c> and
    /// variables expanded), else <c>~/.aws/login/cache</c>.</summary>
    public static string CacheDirectory(IReadOnlyDictionary<string, string> environment, string home) =>
        environment.TryGetValue("AWS_LOGIN_CACHE_DIRECTORY", out var configured)
            ? Configuration.PathExpansion.ExpandUser(Configuration.PathExpansion.ExpandVars(configured, environment), environment)
            : Path.Combine(home, ".aws", "login", "cache");

    /// <summary>The cache key of a session: SHA-256 of its name in lower-case hex.</summary>
    public static string CacheKey(string sessionName) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sessionName))).ToLowerInvariant();

    /// <summary>Stores a session's token.</summary>
    public void SaveToken(string sessionName, Dictionary<string, object?> token) => _cache.Set(CacheKey(sessionName), token);

    /// <summary>Loads a session's token, or null when there is none.</summary>
    /// <exception cref="Errors.LoginTokenLoadError">The file exists but is not a JSON object (botocore lets a KeyError escape).</exception>
    public Dictionary<string, object?>? LoadToken(string sessionName)
    {
        var key = CacheKey(sessionName);
        try
        {
            return _cache.Contains(key) ? _cache.Get(key) : null;
        }
        catch (KeyNotFoundException e)
        {
            throw new Errors.LoginTokenLoadError($"Unable to read the cached login session {sessionName}.", e);
        }
    }
}
