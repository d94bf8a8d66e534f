namespace BotoSharp.Auth;

/// <summary>
/// Fetches temporary credentials through a cache, botocore's <c>CachedCredentialFetcher</c>: a cached response
/// is used while more than the expiry window (15 minutes) remains, otherwise the service is called and its
/// response stored. <see cref="FetchCredentialsAsync"/> is the refresh callback of the deferred credentials.
/// </summary>
public abstract class CachedCredentialFetcher
{
    /// <summary>botocore's default expiry window, in seconds.</summary>
    public const int DefaultExpiryWindowSeconds = 15 * 60;

    private readonly ICredentialCache _cache;
    private readonly TimeSpan _expiryWindow;
    private string? _cacheKey;

    /// <summary>Creates the fetcher over <paramref name="cache"/> (a new in-memory cache by default).</summary>
    protected CachedCredentialFetcher(ICredentialCache? cache, TimeSpan? expiryWindow, TimeProvider? timeProvider)
    {
        _cache = cache ?? new InMemoryCredentialCache();
        _expiryWindow = expiryWindow ?? TimeSpan.FromSeconds(DefaultExpiryWindowSeconds);
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The clock cached entries are checked against.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>The key this fetcher's response is cached under (computed once, as botocore does in its constructor).</summary>
    public string CacheKey => _cacheKey ??= CreateCacheKey();

    /// <summary>Returns up-to-date credentials: the cached response when still fresh, else a new one.</summary>
    public async Task<CredentialMetadata> FetchCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var response = LoadFromCache();
        if (response is null)
        {
            response = await GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
            _cache.Set(CacheKey, response);
        }
        var credentials = PlainValues.Dict(response, "Credentials")
            ?? throw new KeyNotFoundException("Credentials");
        var expiration = credentials.TryGetValue("Expiration", out var value) ? value : throw new KeyNotFoundException("Expiration");
        return new CredentialMetadata(Required(credentials, "AccessKeyId"), Required(credentials, "SecretAccessKey"),
            Required(credentials, "SessionToken"), expiration is DateTimeOffset time ? CredentialTime.FormatIso(time) : expiration as string,
            PlainValues.Str(credentials, "AccountId"));
    }

    /// <summary>The cache key for this configuration (file-name safe).</summary>
    protected abstract string CreateCacheKey();

    /// <summary>Calls the service; the response must hold <c>Credentials</c> as STS returns it.</summary>
    protected abstract Task<Dictionary<string, object?>> GetCredentialsAsync(CancellationToken cancellationToken);

    /// <summary>Replaces <c>:</c>, the path separator and <c>/</c> with <c>_</c>.</summary>
    protected static string MakeFileSafe(string fileName) =>
        fileName.Replace(':', '_').Replace(Path.DirectorySeparatorChar, '_').Replace('/', '_');

    private Dictionary<string, object?>? LoadFromCache()
    {
        if (!_cache.Contains(CacheKey))
        {
            return null;
        }
        var cached = _cache.Get(CacheKey);
        return IsExpired(cached) ? null : cached;
    }

    private bool IsExpired(Dictionary<string, object?> response)
    {
        var expiration = PlainValues.Dict(response, "Credentials") is { } credentials && credentials.TryGetValue("Expiration", out var value)
            ? value : throw new KeyNotFoundException("Expiration");
        var end = expiration as DateTimeOffset? ?? CredentialTime.Parse(expiration as string ?? string.Empty, "cache");
        return end - TimeProvider.GetUtcNow() < _expiryWindow;
    }

    private static string Required(IReadOnlyDictionary<string, object?> credentials, string key) =>
        credentials.TryGetValue(key, out var value) && value is string text ? text : throw new KeyNotFoundException(key);
}
