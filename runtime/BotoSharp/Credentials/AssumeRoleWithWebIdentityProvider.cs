using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Web identity federation, botocore's <c>AssumeRoleWithWebIdentityProvider</c>. Settings come from
/// <c>AWS_WEB_IDENTITY_TOKEN_FILE</c> / <c>AWS_ROLE_ARN</c> / <c>AWS_ROLE_SESSION_NAME</c> before the profile
/// (unless env vars are disabled). The validation is botocore's; the STS call is not available yet, so a
/// configured web identity raises instead of falling through.
/// </summary>
public sealed class AssumeRoleWithWebIdentityProvider : CredentialProvider
{
    /// <summary>The method name, <c>assume-role-with-web-identity</c>.</summary>
    public const string MethodName = "assume-role-with-web-identity";

    private static readonly Dictionary<string, string> s_envVars = new()
    {
        ["web_identity_token_file"] = "AWS_WEB_IDENTITY_TOKEN_FILE",
        ["role_session_name"] = "AWS_ROLE_SESSION_NAME",
        ["role_arn"] = "AWS_ROLE_ARN",
    };

    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly string _profileName;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly bool _disableEnvVars;
    private IReadOnlyDictionary<string, object?>? _profile;

    /// <summary>Creates the provider for one profile.</summary>
    public AssumeRoleWithWebIdentityProvider(Func<CredentialConfigView> loadConfig, string profileName,
        IReadOnlyDictionary<string, string> environment, bool disableEnvVars = false)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
        _disableEnvVars = disableEnvVars;
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        var tokenPath = Get("web_identity_token_file");
        if (string.IsNullOrEmpty(tokenPath))
        {
            return null;
        }
        if (string.IsNullOrEmpty(Get("role_arn")))
        {
            // botocore's message, missing space included.
            throw new InvalidConfigError(
                "The provided profile or the current environment is configured to assume role with web identity but has no "
                + "role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.");
        }
        throw NotSupportedYet.Error(MethodName, "STS AssumeRoleWithWebIdentity");
    }

    private string? Get(string key)
    {
        if (!_disableEnvVars && _environment.TryGetValue(s_envVars[key], out var fromEnv))
        {
            return fromEnv;
        }
        _profile ??= _loadConfig().GetProfile(_profileName);
        return CredentialConfigView.GetString(_profile, key);
    }
}
