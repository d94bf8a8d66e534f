using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Temporary credentials that refresh themselves, botocore's <c>RefreshableCredentials</c>. Every read refreshes
/// first when needed: inside the advisory window (15 minutes before expiry) one caller refreshes and the others
/// keep the current values, and a failed refresh is ignored; inside the mandatory window (10 minutes) every caller
/// waits for the refresh and a failure propagates.
/// </summary>
public class RefreshableCredentials : Credentials
{
    /// <summary>botocore's advisory refresh window, in seconds.</summary>
    public const int DefaultAdvisoryRefreshSeconds = 15 * 60;

    /// <summary>botocore's mandatory refresh window, in seconds.</summary>
    public const int DefaultMandatoryRefreshSeconds = 10 * 60;

    private static readonly string[] s_expectedKeys = ["access_key", "secret_key", "token", "expiry_time"];

    private readonly Func<CancellationToken, Task<CredentialMetadata>> _refreshUsing;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly TimeSpan _advisoryTimeout;
    private readonly TimeSpan _mandatoryTimeout;
    private string? _accessKey;
    private string? _secretKey;
    private string? _token;
    private string? _accountId;
    private DateTimeOffset? _expiryTime;
    private volatile ReadOnlyCredentials? _frozen;

    /// <summary>Creates credentials with a current value and the callback that renews it.</summary>
    public RefreshableCredentials(string? accessKey, string? secretKey, string? token, DateTimeOffset? expiryTime,
        Func<CancellationToken, Task<CredentialMetadata>> refreshUsing, string method, TimeProvider? timeProvider = null,
        TimeSpan? advisoryTimeout = null, TimeSpan? mandatoryTimeout = null, string? accountId = null)
        : base(method)
    {
        _refreshUsing = refreshUsing ?? throw new ArgumentNullException(nameof(refreshUsing));
        _accessKey = accessKey;
        _secretKey = secretKey;
        _token = token;
        _accountId = accountId;
        _expiryTime = expiryTime;
        TimeProvider = timeProvider ?? TimeProvider.System;
        _advisoryTimeout = advisoryTimeout ?? TimeSpan.FromSeconds(DefaultAdvisoryRefreshSeconds);
        _mandatoryTimeout = mandatoryTimeout ?? TimeSpan.FromSeconds(DefaultMandatoryRefreshSeconds);
        _frozen = new ReadOnlyCredentials(accessKey, secretKey, token, accountId);
    }

    /// <summary>Creates credentials with a synchronous refresh callback.</summary>
    public RefreshableCredentials(string? accessKey, string? secretKey, string? token, DateTimeOffset? expiryTime,
        Func<CredentialMetadata> refreshUsing, string method, TimeProvider? timeProvider = null, string? accountId = null)
        : this(accessKey, secretKey, token, expiryTime, Wrap(refreshUsing), method, timeProvider, accountId: accountId)
    {
    }

    /// <summary>For deferred credentials, which start with nothing.</summary>
    private protected RefreshableCredentials(Func<CancellationToken, Task<CredentialMetadata>> refreshUsing, string method, TimeProvider? timeProvider)
        : base(method)
    {
        _refreshUsing = refreshUsing ?? throw new ArgumentNullException(nameof(refreshUsing));
        TimeProvider = timeProvider ?? TimeProvider.System;
        _advisoryTimeout = TimeSpan.FromSeconds(DefaultAdvisoryRefreshSeconds);
        _mandatoryTimeout = TimeSpan.FromSeconds(DefaultMandatoryRefreshSeconds);
    }

    /// <summary>Builds credentials from refresh metadata, botocore's <c>create_from_metadata</c>.</summary>
    public static RefreshableCredentials CreateFromMetadata(CredentialMetadata metadata,
        Func<CancellationToken, Task<CredentialMetadata>> refreshUsing, string method, TimeProvider? timeProvider = null,
        TimeSpan? advisoryTimeout = null, TimeSpan? mandatoryTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var expiry = metadata.ExpiryTime is null
            ? throw new CredentialRetrievalError(method, "Credential metadata did not contain: expiry_time")
            : CredentialTime.Parse(metadata.ExpiryTime, method);
        return new RefreshableCredentials(metadata.AccessKey, metadata.SecretKey, metadata.Token, expiry, refreshUsing,
            method, timeProvider, advisoryTimeout, mandatoryTimeout, metadata.AccountId);
    }

    /// <summary>The clock the refresh windows are measured against.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>When the current values expire; <see langword="null"/> means never refresh.</summary>
    public DateTimeOffset? ExpiryTime => _expiryTime;

    /// <inheritdoc/>
    public override string? AccessKey { get { Refresh(); return _accessKey; } set => _accessKey = value; }

    /// <inheritdoc/>
    public override string? SecretKey { get { Refresh(); return _secretKey; } set => _secretKey = value; }

    /// <inheritdoc/>
    public override string? Token { get { Refresh(); return _token; } set => _token = value; }

    /// <inheritdoc/>
    public override string? AccountId { get { Refresh(); return _accountId; } set => _accountId = value; }

    /// <summary>True when less than <paramref name="refreshIn"/> (default: the advisory window) remains.</summary>
    public virtual bool RefreshNeeded(TimeSpan? refreshIn = null)
    {
        if (_expiryTime is null)
        {
            return false;
        }
        var remaining = _expiryTime.Value - TimeProvider.GetUtcNow();
        return remaining < (refreshIn ?? _advisoryTimeout);
    }

    /// <inheritdoc/>
    public override ReadOnlyCredentials GetFrozenCredentials()
    {
        Refresh();
        return _frozen!;
    }

    /// <inheritdoc/>
    public override async Task<ReadOnlyCredentials> GetFrozenCredentialsAsync(CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return _frozen!;
    }

    private void Refresh()
    {
        // Checked here too so that reading a fresh value never pays for a thread-pool hop.
        if (RefreshNeeded(_advisoryTimeout))
        {
            CredentialTime.RunSync(async ct => { await RefreshAsync(ct).ConfigureAwait(false); return 0; });
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        // The common case takes no lock at all.
        if (!RefreshNeeded(_advisoryTimeout))
        {
            return;
        }
        if (await _refreshLock.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (RefreshNeeded(_advisoryTimeout))
                {
                    await ProtectedRefreshAsync(RefreshNeeded(_mandatoryTimeout), cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _refreshLock.Release();
            }
        }
        else if (RefreshNeeded(_mandatoryTimeout))
        {
            // Someone else is refreshing and our values are too close to expiry to keep using: wait for them.
            await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (RefreshNeeded(_mandatoryTimeout))
                {
                    await ProtectedRefreshAsync(true, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _refreshLock.Release();
            }
        }
    }

    private async Task ProtectedRefreshAsync(bool isMandatory, CancellationToken cancellationToken)
    {
        CredentialMetadata metadata;
        try
        {
            metadata = await _refreshUsing(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!isMandatory && !cancellationToken.IsCancellationRequested)
        {
            // An advisory refresh is best effort: the current credentials are still good for a while.
            return;
        }
        SetFromData(metadata);
        _frozen = new ReadOnlyCredentials(_accessKey, _secretKey, _token, _accountId);
        if (RefreshNeeded(TimeSpan.Zero))
        {
            throw new CredentialRetrievalError(Method, "Credentials were refreshed, but the refreshed credentials are still expired.");
        }
    }

    private void SetFromData(CredentialMetadata? data)
    {
        // A token may be null (long-term keys); the other three must be there, named as botocore names them.
        var missing = data is null
            ? s_expectedKeys
            : new[] { ("access_key", data.AccessKey), ("secret_key", data.SecretKey), ("expiry_time", data.ExpiryTime) }
                .Where(pair => pair.Item2 is null).Select(pair => pair.Item1).ToArray();
        if (missing.Length > 0)
        {
            throw new CredentialRetrievalError(Method, "Credential refresh failed, response did not contain: " + string.Join(", ", missing));
        }
        _accessKey = data!.AccessKey;
        _secretKey = data.SecretKey;
        _token = data.Token;
        _expiryTime = CredentialTime.Parse(data.ExpiryTime!, Method);
        _accountId = data.AccountId;
    }

    private static Func<CancellationToken, Task<CredentialMetadata>> Wrap(Func<CredentialMetadata> refreshUsing)
    {
        ArgumentNullException.ThrowIfNull(refreshUsing);
        return _ => Task.FromResult(refreshUsing());
    }

    /// <summary>True until the first refresh of deferred credentials.</summary>
    private protected bool HasNoValues => _frozen is null;
}
