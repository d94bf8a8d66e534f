namespace BotoSharp.Auth;

/// <summary>
/// Refreshable credentials that start empty, botocore's <c>DeferredRefreshableCredentials</c>: the first read
/// runs the refresh callback as a mandatory refresh, so nothing is fetched until credentials are actually used.
/// </summary>
public class DeferredRefreshableCredentials : RefreshableCredentials
{
    /// <summary>Creates credentials that fetch on first use.</summary>
    public DeferredRefreshableCredentials(Func<CancellationToken, Task<CredentialMetadata>> refreshUsing, string method, TimeProvider? timeProvider = null)
        : base(refreshUsing, method, timeProvider)
    {
    }

    /// <summary>Creates credentials that fetch on first use with a synchronous callback.</summary>
    public DeferredRefreshableCredentials(Func<CredentialMetadata> refreshUsing, string method, TimeProvider? timeProvider = null)
        : this(WrapSync(refreshUsing), method, timeProvider)
    {
    }

    /// <inheritdoc/>
    public override bool RefreshNeeded(TimeSpan? refreshIn = null) => HasNoValues || base.RefreshNeeded(refreshIn);

    private static Func<CancellationToken, Task<CredentialMetadata>> WrapSync(Func<CredentialMetadata> refreshUsing)
    {
        ArgumentNullException.ThrowIfNull(refreshUsing);
        return _ => Task.FromResult(refreshUsing());
    }
}
