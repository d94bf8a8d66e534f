using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// One source of credentials in a <see cref="CredentialResolver"/> chain, botocore's <c>CredentialProvider</c>.
/// <see cref="Load"/> returns <see langword="null"/> when the source has nothing, which lets the chain move on;
/// an exception stops the chain.
/// </summary>
public abstract class CredentialProvider
{
    /// <summary>The provider's method name (<c>env</c>, <c>iam-role</c>…), also the name chain edits use.</summary>
    public abstract string Method { get; }

    /// <summary>The name a profile's <c>credential_source</c> uses for this provider, or <see langword="null"/>.</summary>
    public virtual string? CanonicalName => null;

    /// <summary>Loads credentials, or returns <see langword="null"/> when this source has none.</summary>
    public abstract Credentials? Load();

    /// <summary>Loads credentials without blocking a thread on I/O where the source allows it.</summary>
    public virtual Task<Credentials?> LoadAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Load());
    }

    /// <summary>
    /// Reads the named keys from a mapping, raising <see cref="PartialCredentialsError"/> for the first one
    /// missing, as botocore's <c>_extract_creds_from_mapping</c>.
    /// </summary>
    protected string[] ExtractCredsFromMapping(IReadOnlyDictionary<string, object?> mapping, params string[] keyNames)
    {
        var found = new string[keyNames.Length];
        for (var i = 0; i < keyNames.Length; i++)
        {
            if (!mapping.TryGetValue(keyNames[i], out var value))
            {
                throw new PartialCredentialsError(Method, keyNames[i]);
            }
            found[i] = value as string ?? string.Empty;
        }
        return found;
    }
}
