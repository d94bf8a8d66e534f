using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// A bearer token fetched on first use and refreshed near expiry, botocore's <c>DeferredRefreshableToken</c>:
/// advisory window 15 minutes (non-blocking, failures ignored), mandatory window 10 minutes (blocking, failures
/// raised), at most one attempt per 60 seconds, and a token still expired after a refresh is a
/// <see cref="TokenRetrievalError"/>.
/// </summary>
public sealed class DeferredRefreshableToken : AuthToken
{
    private static readonly TimeSpan s_advisory = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan s_mandatory = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan s_attemptTimeout = TimeSpan.FromSeconds(60);

    private readonly Func<FrozenAuthToken> _refreshUsing;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private FrozenAuthToken? _frozenToken;
    private DateTimeOffset _nextRefresh;

    /// <summary>Creates the token; nothing is fetched until <see cref="GetFrozenToken"/>.</summary>
    public DeferredRefreshableToken(string method, Func<FrozenAuthToken> refreshUsing, TimeProvider? timeProvider = null)
    {
        Method = method ?? throw new ArgumentNullException(nameof(method));
        _refreshUsing = refreshUsing ?? throw new ArgumentNullException(nameof(refreshUsing));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The provider's method name (<c>sso</c>).</summary>
    public string Method { get; }

    /// <inheritdoc/>
    public override FrozenAuthToken GetFrozenToken()
    {
        var kind = ShouldRefresh();
        if (kind is not null && _refreshLock.Wait(kind == "mandatory" ? Timeout.Infinite : 0))
        {
            try
            {
                ProtectedRefresh();
            }
            finally
            {
                _refreshLock.Release();
            }
        }
        return _frozenToken!;
    }

    private void ProtectedRefresh()
    {
        var kind = ShouldRefresh();
        if (kind is null)
        {
            return;
        }
        try
        {
            _nextRefresh = _timeProvider.GetUtcNow() + s_attemptTimeout;
            _frozenToken = _refreshUsing();
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
        if (_frozenToken is null)
        {
            return "mandatory";
        }
        if (_frozenToken.Expiration is not { } expiration)
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
}
