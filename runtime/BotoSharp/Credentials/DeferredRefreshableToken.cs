using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// A bearer token fetched on first use and refreshed near expiry, botocore's <c>DeferredRefreshableToken</c>:
/// advisory window 15 minutes (one caller refreshes, the others keep the current token, failures ignored),
/// mandatory window 10 minutes (callers wait for the one refresh, failures raised), at most one attempt per
/// 60 seconds, and a token still expired after a refresh is a <see cref="TokenRetrievalError"/>. Waiting never
/// blocks a thread on the asynchronous path.
/// </summary>
public sealed class DeferredRefreshableToken : AuthToken
{
    private static readonly TimeSpan s_advisory = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan s_mandatory = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan s_attemptTimeout = TimeSpan.FromSeconds(60);

    private readonly Func<CancellationToken, Task<FrozenAuthToken>> _refreshUsing;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile FrozenAuthToken? _frozenToken;
    private DateTimeOffset _nextRefresh;

    /// <summary>Creates the token; nothing is fetched until it is first read.</summary>
    public DeferredRefreshableToken(string method, Func<CancellationToken, Task<FrozenAuthToken>> refreshUsing, TimeProvider? timeProvider = null)
    {
        Method = method ?? throw new ArgumentNullException(nameof(method));
        _refreshUsing = refreshUsing ?? throw new ArgumentNullException(nameof(refreshUsing));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Creates the token with a synchronous refresh callback.</summary>
    public DeferredRefreshableToken(string method, Func<FrozenAuthToken> refreshUsing, TimeProvider? timeProvider = null)
        : this(method, Wrap(refreshUsing), timeProvider)
    {
    }

    /// <summary>The provider's method name (<c>sso</c>).</summary>
    public string Method { get; }

    /// <inheritdoc/>
    public override FrozenAuthToken GetFrozenToken() =>
        ShouldRefresh() is null ? _frozenToken! : CredentialTime.RunSync(GetFrozenTokenAsync);

    /// <inheritdoc/>
    public override async Task<FrozenAuthToken> GetFrozenTokenAsync(CancellationToken cancellationToken = default)
    {
        var kind = ShouldRefresh();
        if (kind is not null && await _refreshLock.WaitAsync(kind == "mandatory" ? Timeout.Infinite : 0, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await ProtectedRefreshAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _refreshLock.Release();
            }
        }
        return _frozenToken!;
    }

    private async Task ProtectedRefreshAsync(CancellationToken cancellationToken)
    {
        // Re-checked under the lock: callers that waited find the token another caller just refreshed.
        var kind = ShouldRefresh();
        if (kind is null)
        {
            return;
        }
        try
        {
            _nextRefresh = _timeProvider.GetUtcNow() + s_attemptTimeout;
            _frozenToken = await _refreshUsing(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (kind != "mandatory")
        {
            // Advisory: keep the current token, it is still valid for a while.
        }
        if (_frozenToken?.Expiration is { } expiration && expiration - _timeProvider.GetUtcNow() <= TimeSpan.Zero)
        {
            throw new TokenRetrievalError(Method, "Token has expired and refresh failed");
        }
    }

    private string? ShouldRefresh()
    {
        if (_frozenToken is not { } token)
        {
            return "mandatory";
        }
        if (token.Expiration is not { } expiration)
        {
            return null;
        }
        var now = _timeProvider.GetUtcNow();
        if (now < _nextRefresh)
        {
            return null;
        }
        var remaining = expiration - now;
        return remaining < s_mandatory ? "mandatory" : remaining < s_advisory ? "advisory" : null;
    }

    private static Func<CancellationToken, Task<FrozenAuthToken>> Wrap(Func<FrozenAuthToken> refreshUsing)
    {
        ArgumentNullException.ThrowIfNull(refreshUsing);
        return _ => Task.FromResult(refreshUsing());
    }
}
