using BotoSharp.Signing;

namespace BotoSharp.Clients.Customizations;

/// <summary>
/// botocore's <c>S3ExpressIdentityResolver</c> and <c>S3ExpressIdentityCache</c>: a request whose endpoint chose the
/// <c>sigv4-s3express</c> scheme is signed with session credentials from the client's own <c>CreateSession</c> call for
/// the bucket, cached per bucket (at most 100, as botocore's LRU) and fetched again as they near expiry.
/// </summary>
internal sealed class S3ExpressIdentityCache
{
    private const int MaxEntries = 100;

    // botocore wraps the session in RefreshableCredentials, whose advisory refresh window is 15 minutes.
    private static readonly TimeSpan s_refreshWindow = TimeSpan.FromMinutes(15);

    private readonly Func<string, CancellationToken, Task<Dictionary<string, object?>>> _createSession;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, (SigningCredentials Credentials, DateTimeOffset? Expiration)> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _recency = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the cache over the client's <c>CreateSession</c> call.</summary>
    /// <param name="createSession">Runs <c>CreateSession</c> for a bucket and returns the parsed output.</param>
    /// <param name="clock">Time source for expiry checks.</param>
    public S3ExpressIdentityCache(Func<string, CancellationToken, Task<Dictionary<string, object?>>> createSession, TimeProvider clock)
    {
        _createSession = createSession;
        _clock = clock;
    }

    /// <summary>
    /// Puts the bucket's session credentials into the request's signing context when the resolved auth scheme is
    /// S3 Express session auth (signing name <c>s3express</c>, auth type <c>v4-s3express…</c>); otherwise does nothing.
    /// </summary>
    public async Task ApplyAsync(IDictionary<string, object?> context, IReadOnlyDictionary<string, object?> apiParams, CancellationToken cancellationToken)
    {
        if (context.TryGetValue("signing", out var value) && value is IDictionary<string, object?> signing
            && signing.TryGetValue("signing_name", out var name) && name is "s3express"
            && context.TryGetValue("auth_type", out var authType) && authType is string type && type.StartsWith(SignatureVersions.V4S3Express, StringComparison.Ordinal)
            && apiParams.TryGetValue("Bucket", out var bucket) && bucket is string bucketName)
        {
            signing["request_credentials"] = await GetCredentialsAsync(bucketName, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The session credentials for <paramref name="bucket"/>, from the cache or a new <c>CreateSession</c>.</summary>
    public async Task<SigningCredentials> GetCredentialsAsync(string bucket, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_entries.TryGetValue(bucket, out var entry) && (entry.Expiration is null || entry.Expiration.Value - _clock.GetUtcNow() > s_refreshWindow))
            {
                _recency.Remove(bucket);
                _recency.AddFirst(bucket);
                return entry.Credentials;
            }
            var output = await _createSession(bucket, cancellationToken).ConfigureAwait(false);
            var fresh = Read(output);
            _entries[bucket] = fresh;
            _recency.Remove(bucket);
            _recency.AddFirst(bucket);
            if (_recency.Count > MaxEntries)
            {
                _entries.Remove(_recency.Last!.Value);
                _recency.RemoveLast();
            }
            return fresh.Credentials;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static (SigningCredentials Credentials, DateTimeOffset? Expiration) Read(Dictionary<string, object?> output)
    {
        var credentials = output.TryGetValue("Credentials", out var value) ? value as IReadOnlyDictionary<string, object?> : null;
        string Field(string key) => credentials?.TryGetValue(key, out var field) == true && field is string text
            ? text
            : throw new Errors.CredentialRetrievalError("s3express", $"CreateSession returned no {key}");
        var expiration = credentials?.TryGetValue("Expiration", out var expires) == true ? expires as DateTimeOffset? : null;
        return (new SigningCredentials(Field("AccessKeyId"), Field("SecretAccessKey"), Field("SessionToken")), expiration);
    }
}
