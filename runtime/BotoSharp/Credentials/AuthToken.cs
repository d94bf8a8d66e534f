namespace BotoSharp.Auth;

/// <summary>
/// A bearer token source as a signer sees it: either a fixed token (<see cref="FrozenAuthToken"/>) or one that
/// refreshes itself (<see cref="DeferredRefreshableToken"/>). Signers always call <see cref="GetFrozenToken"/>.
/// </summary>
public abstract class AuthToken
{
    /// <summary>Returns the current token, refreshing first when needed.</summary>
    public abstract FrozenAuthToken GetFrozenToken();

    /// <summary>Returns the current token without blocking a thread on a refresh.</summary>
    public virtual Task<FrozenAuthToken> GetFrozenTokenAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(GetFrozenToken());
    }
}
