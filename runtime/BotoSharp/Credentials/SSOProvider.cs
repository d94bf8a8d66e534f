using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// IAM Identity Center (SSO) role credentials, botocore's <c>SSOProvider</c>. Triggered by <c>sso_role_name</c>
/// or <c>sso_account_id</c>; the configuration checks (sso-session existence and consistency, required keys) are
/// botocore's. The <c>sso:GetRoleCredentials</c> call is not available yet, so a valid SSO profile raises.
/// </summary>
public sealed class SSOProvider : CredentialProvider
{
    /// <summary>The method name, <c>sso</c>.</summary>
    public const string MethodName = "sso";

    private static readonly string[] s_profileRequired = ["sso_role_name", "sso_account_id"];
    private static readonly string[] s_allRequired = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"];

    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly string _profileName;

    /// <summary>Creates the provider for one profile.</summary>
    public SSOProvider(Func<CredentialConfigView> loadConfig, string profileName)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        var config = _loadConfig();
        var profile = config.GetProfile(_profileName);
        if (s_profileRequired.All(k => !profile.ContainsKey(k)))
        {
            return null;
        }
        var (resolved, extra) = ResolveSessionReference(profile, config);
        var missing = s_allRequired.Concat(extra).Where(k => !resolved.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidConfigError(
                $"The profile \"{_profileName}\" is configured to use SSO but is missing required configuration: {string.Join(", ", missing)}");
        }
        throw NotSupportedYet.Error(MethodName, "the SSO GetRoleCredentials call");
    }

    private static (IReadOnlyDictionary<string, object?> Config, string[] Extra) ResolveSessionReference(
        IReadOnlyDictionary<string, object?> profile, CredentialConfigView config)
    {
        if (!profile.TryGetValue("sso_session", out var nameValue) || nameValue is not string name)
        {
            return (profile, []);
        }
        if (config.GetSsoSession(name) is not { } session)
        {
            throw new InvalidConfigError($"The specified sso-session does not exist: \"{name}\"");
        }
        var merged = new Dictionary<string, object?>(profile, StringComparer.Ordinal);
        foreach (var (key, value) in session)
        {
            if (merged.TryGetValue(key, out var existing) && !Equals(existing, value))
            {
                throw new InvalidConfigError(
                    $"The value for {key} is inconsistent between profile ({existing}) and sso-session ({value}).");
            }
            merged[key] = value;
        }
        return (merged, ["sso_session"]);
    }
}
