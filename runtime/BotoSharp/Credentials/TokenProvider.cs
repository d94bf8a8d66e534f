namespace BotoSharp.Auth;

/// <summary>One source of bearer tokens in a <see cref="TokenProviderChain"/>.</summary>
public abstract class TokenProvider
{
    /// <summary>The provider's method name (<c>env</c>, <c>sso</c>).</summary>
    public abstract string Method { get; }

    /// <summary>Returns a token, or <see langword="null"/> when this source has none.</summary>
    /// <param name="signingName">The service's signing name; scoped providers answer only when it is given.</param>
    public abstract AuthToken? LoadToken(string? signingName = null);
}
