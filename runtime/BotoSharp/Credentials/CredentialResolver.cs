using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// An ordered chain of credential providers, botocore's <c>CredentialResolver</c>: the first provider that
/// returns credentials wins, an exception from any provider aborts the chain, and no credentials at all is a
/// <see langword="null"/> result rather than an error.
/// </summary>
public sealed class CredentialResolver
{
    /// <summary>Creates a resolver over the given providers, in order.</summary>
    public CredentialResolver(IEnumerable<CredentialProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        Providers = new List<CredentialProvider>(providers);
    }

    /// <summary>The chain, in the order it is tried. Editable, as botocore's <c>providers</c> list is.</summary>
    public List<CredentialProvider> Providers { get; }

    /// <summary>Inserts <paramref name="provider"/> before the provider whose method is <paramref name="name"/>.</summary>
    /// <exception cref="UnknownCredentialError">No provider has that method.</exception>
    public void InsertBefore(string name, CredentialProvider provider)
    {
        Providers.Insert(OffsetOf(name), provider);
    }

    /// <summary>Inserts <paramref name="provider"/> after the provider whose method is <paramref name="name"/>.</summary>
    /// <exception cref="UnknownCredentialError">No provider has that method.</exception>
    public void InsertAfter(string name, CredentialProvider provider)
    {
        Providers.Insert(OffsetOf(name) + 1, provider);
    }

    /// <summary>Removes the first provider with that method; an unknown name is silently ignored, as in botocore.</summary>
    public void Remove(string name)
    {
        var index = Providers.FindIndex(p => p.Method == name);
        if (index >= 0)
        {
            Providers.RemoveAt(index);
        }
    }

    /// <summary>Returns the first provider with that method.</summary>
    /// <exception cref="UnknownCredentialError">No provider has that method.</exception>
    public CredentialProvider GetProvider(string name) => Providers[OffsetOf(name)];

    /// <summary>Walks the chain and returns the first credentials found, or <see langword="null"/>.</summary>
    public Credentials? LoadCredentials()
    {
        foreach (var provider in Providers)
        {
            var credentials = provider.Load();
            if (credentials is not null)
            {
                return credentials;
            }
        }
        return null;
    }

    /// <summary>Walks the chain asynchronously and returns the first credentials found, or <see langword="null"/>.</summary>
    public async Task<Credentials?> LoadCredentialsAsync(CancellationToken cancellationToken = default)
    {
        foreach (var provider in Providers)
        {
            var credentials = await provider.LoadAsync(cancellationToken).ConfigureAwait(false);
            if (credentials is not null)
            {
                return credentials;
            }
        }
        return null;
    }

    private int OffsetOf(string name)
    {
        var index = Providers.FindIndex(p => p.Method == name);
        return index >= 0 ? index : throw new UnknownCredentialError(name);
    }
}
