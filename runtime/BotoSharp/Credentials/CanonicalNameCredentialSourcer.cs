using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Resolves a profile's <c>credential_source</c> to one of the chain's providers by canonical name, botocore's
/// <c>CanonicalNameCredentialSourcer</c>. Validation is case-sensitive, the lookup afterwards is not.
/// </summary>
public sealed class CanonicalNameCredentialSourcer
{
    private readonly IReadOnlyList<CredentialProvider> _providers;

    /// <summary>Creates a sourcer over the providers a <c>credential_source</c> may name.</summary>
    public CanonicalNameCredentialSourcer(IReadOnlyList<CredentialProvider> providers)
    {
        _providers = providers ?? throw new ArgumentNullException(nameof(providers));
    }

    /// <summary>True when a provider has exactly this canonical name.</summary>
    public bool IsSupported(string sourceName) => _providers.Any(p => p.CanonicalName == sourceName);

    /// <summary>Loads credentials from the named source.</summary>
    /// <exception cref="UnknownCredentialError">No provider has that name.</exception>
    public Credentials? SourceCredentials(string sourceName)
    {
        var provider = _providers.FirstOrDefault(p => p.CanonicalName is { } name && string.Equals(name, sourceName, StringComparison.OrdinalIgnoreCase));
        if (sourceName.Equals("sharedconfig", StringComparison.OrdinalIgnoreCase) || sourceName.Equals("sharedcredentials", StringComparison.OrdinalIgnoreCase))
        {
            // A profile file source also honours a role in that profile, as botocore pairs it with assume-role.
            var assumeRole = _providers.FirstOrDefault(p => p.Method == AssumeRoleProvider.MethodName);
            if (assumeRole is not null)
            {
                return provider is null ? assumeRole.Load() : new CredentialResolver([assumeRole, provider]).LoadCredentials();
            }
        }
        return (provider ?? throw new UnknownCredentialError(sourceName)).Load();
    }
}
