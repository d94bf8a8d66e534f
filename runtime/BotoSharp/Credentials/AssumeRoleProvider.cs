using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Profile-driven role assumption (<c>role_arn</c> with <c>source_profile</c> or <c>credential_source</c>),
/// botocore's <c>AssumeRoleProvider</c>. Everything botocore does before calling STS happens here exactly: the
/// profile checks, loop detection and resolving the source credentials. The STS call itself is not available
/// yet, so the provider then raises instead of falling through to another source.
/// </summary>
public sealed class AssumeRoleProvider : CredentialProvider
{
    /// <summary>The method name, <c>assume-role</c>.</summary>
    public const string MethodName = "assume-role";

    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly string _profileName;
    private readonly CanonicalNameCredentialSourcer? _sourcer;
    private readonly ProfileProviderBuilder? _profileProviderBuilder;
    private readonly List<string> _visitedProfiles;
    private CredentialConfigView _loadedConfig = CredentialConfigView.Empty;

    /// <summary>Creates the provider for one profile.</summary>
    public AssumeRoleProvider(Func<CredentialConfigView> loadConfig, string profileName,
        CanonicalNameCredentialSourcer? credentialSourcer = null, ProfileProviderBuilder? profileProviderBuilder = null)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        _sourcer = credentialSourcer;
        _profileProviderBuilder = profileProviderBuilder;
        _visitedProfiles = [_profileName];
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        _loadedConfig = _loadConfig();
        return HasAssumeRoleConfig(_loadedConfig.GetProfile(_profileName)) ? LoadViaAssumeRole(_profileName) : null;
    }

    // A web identity token file makes role_arn belong to the web identity provider instead.
    private static bool HasAssumeRoleConfig(IReadOnlyDictionary<string, object?> profile) =>
        profile.ContainsKey("role_arn") && !profile.ContainsKey("web_identity_token_file");

    private Credentials LoadViaAssumeRole(string profileName)
    {
        var profile = _loadedConfig.GetProfile(profileName);
        var sourceProfile = CredentialConfigView.GetString(profile, "source_profile");
        var credentialSource = CredentialConfigView.GetString(profile, "credential_source");
        if (credentialSource is not null && sourceProfile is not null)
        {
            throw new InvalidConfigError($"The profile \"{profileName}\" contains both source_profile and credential_source.");
        }
        if (credentialSource is null && sourceProfile is null)
        {
            throw new PartialCredentialsError(MethodName, "source_profile or credential_source");
        }
        if (credentialSource is not null)
        {
            ValidateCredentialSource(profileName, credentialSource);
            if (_sourcer!.SourceCredentials(credentialSource) is null)
            {
                throw new CredentialRetrievalError(credentialSource,
                    $"No credentials found in credential_source referenced in profile {profileName}");
            }
        }
        else
        {
            ValidateSourceProfile(profileName, sourceProfile!);
            _visitedProfiles.Add(sourceProfile!);
            ResolveFromProfile(sourceProfile!);
        }
        throw NotSupportedYet.Error(MethodName, "STS AssumeRole");
    }

    private void ValidateCredentialSource(string parentProfile, string credentialSource)
    {
        if (_sourcer is null)
        {
            throw new InvalidConfigError(
                $"The credential_source \"{credentialSource}\" is specified in profile \"{parentProfile}\", but no source provider was configured.");
        }
        if (!_sourcer.IsSupported(credentialSource))
        {
            throw new InvalidConfigError(
                $"The credential source \"{credentialSource}\" referenced in profile \"{parentProfile}\" is not valid.");
        }
    }

    private void ValidateSourceProfile(string parentProfile, string sourceProfile)
    {
        if (!_loadedConfig.HasProfile(sourceProfile))
        {
            throw new InvalidConfigError(
                $"The source_profile \"{sourceProfile}\" referenced in the profile \"{parentProfile}\" does not exist.");
        }
        if (!_visitedProfiles.Contains(sourceProfile))
        {
            return;
        }
        // Naming itself is only allowed for a profile whose own static keys are the source.
        if (sourceProfile != parentProfile || !StaticKeys.HasAny(_loadedConfig.GetProfile(sourceProfile)))
        {
            throw new InfiniteLoopConfigError(sourceProfile, "[" + string.Join(", ", _visitedProfiles.Select(p => $"'{p}'")) + "]");
        }
    }

    private Credentials ResolveFromProfile(string profileName)
    {
        var profile = _loadedConfig.GetProfile(profileName);
        if (StaticKeys.HasAny(profile) && _profileProviderBuilder is null)
        {
            return StaticFromProfile(profile);
        }
        if (StaticKeys.HasAny(profile) || !HasAssumeRoleConfig(profile))
        {
            var chain = new CredentialResolver(_profileProviderBuilder!.Providers(profileName, disableEnvVars: true));
            return chain.LoadCredentials()
                ?? throw new InvalidConfigError($"The source profile \"{profileName}\" must have credentials.");
        }
        return LoadViaAssumeRole(profileName);
    }

    private Credentials StaticFromProfile(IReadOnlyDictionary<string, object?> profile)
    {
        foreach (var key in new[] { StaticKeys.AccessKey, StaticKeys.SecretKey })
        {
            if (!profile.ContainsKey(key))
            {
                // botocore formats the KeyError, quotes included.
                throw new PartialCredentialsError(MethodName, $"'{key}'");
            }
        }
        return new Credentials(CredentialConfigView.GetString(profile, StaticKeys.AccessKey),
            CredentialConfigView.GetString(profile, StaticKeys.SecretKey), CredentialConfigView.GetString(profile, "aws_session_token"));
    }
}
