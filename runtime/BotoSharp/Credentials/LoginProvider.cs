namespace BotoSharp.Auth;

/// <summary>
/// Console sign-in credentials (<c>login_session</c>), botocore's <c>LoginProvider</c>. Refreshing them needs
/// the sign-in service client and DPoP signing, which are not available yet, so such a profile raises rather
/// than falling through to another source.
/// </summary>
public sealed class LoginProvider : CredentialProvider
{
    /// <summary>The method name, <c>login</c>.</summary>
    public const string MethodName = "login";

    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly string _profileName;

    /// <summary>Creates the provider for one profile.</summary>
    public LoginProvider(Func<CredentialConfigView> loadConfig, string profileName)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override Credentials? Load() =>
        _loadConfig().GetProfile(_profileName).ContainsKey("login_session")
            ? throw NotSupportedYet.Error(MethodName, "the sign-in (login) credential service")
            : null;
}
