namespace BotoSharp.Auth;

/// <summary>
/// Bearer token providers tried in order, botocore's <c>TokenProviderChain</c>; the session's default is
/// [<see cref="ScopedEnvTokenProvider"/>, <see cref="SSOTokenProvider"/>].
/// </summary>
public sealed class TokenProviderChain
{
    /// <summary>Creates a chain over the given providers.</summary>
    public TokenProviderChain(IEnumerable<TokenProvider>? providers = null)
    {
        Providers = new List<TokenProvider>(providers ?? []);
    }

    /// <summary>The providers, in order.</summary>
    public List<TokenProvider> Providers { get; }

    /// <summary>Returns the first token any provider has, or <see langword="null"/>.</summary>
    public AuthToken? LoadToken(string? signingName = null)
    {
        foreach (var provider in Providers)
        {
            var token = provider.LoadToken(signingName);
            if (token is not null)
            {
                return token;
            }
        }
        return null;
    }
}
