namespace BotoSharp.Auth;

/// <summary>A fixed bearer token with an optional expiry, botocore's <c>FrozenAuthToken</c>.</summary>
public sealed class FrozenAuthToken : AuthToken
{
    /// <summary>Creates the token.</summary>
    public FrozenAuthToken(string token, DateTimeOffset? expiration = null)
    {
        Token = token ?? throw new ArgumentNullException(nameof(token));
        Expiration = expiration;
    }

    /// <summary>The bearer token text.</summary>
    public string Token { get; }

    /// <summary>When the token expires, if known.</summary>
    public DateTimeOffset? Expiration { get; }

    /// <inheritdoc/>
    public override FrozenAuthToken GetFrozenToken() => this;
}
