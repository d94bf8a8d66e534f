using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Profile-driven role assumption (<c>role_arn</c> with <c>source_profile</c> or <c>credential_source</c>),
/// botocore's <c>AssumeRoleProvider</c>: the profile checks, loop detection and resolving the source credentials
/// happen at load; the returned credentials call <c>sts:AssumeRole</c> on first use (each role of a chain signs
/// the next call) and again near expiry. An <c>mfa_serial</c> profile prompts once and cannot refresh.
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
    private readonly CredentialClientCreator _clientCreator;
    private readonly TimeProvider _timeProvider;
    private CredentialConfigView _loadedConfig = CredentialConfigView.Empty;

    /// <summary>Creates the provider for one profile.</summary>
    /// <param name="loadConfig">Returns the session's full config.</param>
    /// <param name="profileName">The profile to load.</param>
    /// <param name="credentialSourcer">Resolves <c>credential_source</c>.</param>
    /// <param name="profileProviderBuilder">Builds the providers that read a source profile.</param>
    /// <param name="clientCreator">Creates the STS client (a default session's by default).</param>
    /// <param name="cache">Where assumed credentials are kept (<see cref="Cache"/>).</param>
    /// <param name="prompter">Asks for MFA codes (the console by default).</param>
    /// <param name="timeProvider">The clock.</param>
    public AssumeRoleProvider(Func<CredentialConfigView> loadConfig, string profileName,
        CanonicalNameCredentialSourcer? credentialSourcer = null, ProfileProviderBuilder? profileProviderBuilder = null,
        CredentialClientCreator? clientCreator = null, ICredentialCache? cache = null, MfaPrompter? prompter = null,
        TimeProvider? timeProvider = null)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        _sourcer = credentialSourcer;
        _profileProviderBuilder = profileProviderBuilder;
        _visitedProfiles = [_profileName];
        _clientCreator = clientCreator ?? CredentialClientCreators.DefaultSession();
        Cache = cache ?? new InMemoryCredentialCache();
        Prompter = prompter;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <summary>
    /// The cache checked before calling STS, botocore's public <c>cache</c> attribute. Set a
    /// <see cref="JsonFileCache"/> over <see cref="JsonFileCache.DefaultCliCacheDirectory"/> to share the AWS CLI's.
    /// </summary>
    public ICredentialCache Cache { get; set; }

    /// <summary>Asks for the MFA code of an <c>mfa_serial</c> profile; null uses the console.</summary>
    public MfaPrompter? Prompter { get; set; }

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
        Credentials source;
        if (credentialSource is not null)
        {
            ValidateCredentialSource(profileName, credentialSource);
            source = _sourcer!.SourceCredentials(credentialSource) ?? throw new CredentialRetrievalError(credentialSource,
                $"No credentials found in credential_source referenced in profile {profileName}");
        }
        else
        {
            ValidateSourceProfile(profileName, sourceProfile!);
            _visitedProfiles.Add(sourceProfile!);
            source = ResolveFromProfile(sourceProfile!);
        }
        return CreateRoleCredentials(profile, source);
    }

    private DeferredRefreshableCredentials CreateRoleCredentials(IReadOnlyDictionary<string, object?> profile, Credentials source)
    {
        // botocore's extra_args order, which is also the order of the request's parameters.
        var extraArgs = new Dictionary<string, object?>(StringComparer.Ordinal);
        AddIfSet(extraArgs, "RoleSessionName", CredentialConfigView.GetString(profile, "role_session_name"));
        AddIfSet(extraArgs, "ExternalId", CredentialConfigView.GetString(profile, "external_id"));
        var mfaSerial = CredentialConfigView.GetString(profile, "mfa_serial");
        AddIfSet(extraArgs, "SerialNumber", mfaSerial);
        if (DurationSeconds(profile) is { } duration)
        {
            extraArgs["DurationSeconds"] = duration;
        }
        var fetcher = new AssumeRoleCredentialFetcher(_clientCreator, source, CredentialConfigView.GetString(profile, "role_arn")!, extraArgs,
            Prompter, Cache, timeProvider: _timeProvider);
        Func<CancellationToken, Task<CredentialMetadata>> refresh = fetcher.FetchCredentialsAsync;
        return new DeferredRefreshableCredentials(mfaSerial is null ? refresh : OnlyOnce(refresh), MethodName, _timeProvider);
    }

    // An MFA code cannot be asked for again behind the caller's back: the second refresh fails.
    private static Func<CancellationToken, Task<CredentialMetadata>> OnlyOnce(Func<CancellationToken, Task<CredentialMetadata>> refresh)
    {
        var called = 0;
        return ct => Interlocked.Exchange(ref called, 1) == 1 ? throw new RefreshWithMFAUnsupportedError() : refresh(ct);
    }

    // botocore keeps duration_seconds only when int() accepts it; anything else is silently dropped.
    private static long? DurationSeconds(IReadOnlyDictionary<string, object?> profile)
    {
        if (CredentialConfigView.GetString(profile, "duration_seconds") is not { } text)
        {
            return null;
        }
        try
        {
            return Configuration.Converters.ToInt(text);
        }
        catch (InvalidConfigError)
        {
            return null;
        }
    }

    private static void AddIfSet(Dictionary<string, object?> args, string name, string? value)
    {
        if (value is not null)
        {
            args[name] = value;
        }
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
