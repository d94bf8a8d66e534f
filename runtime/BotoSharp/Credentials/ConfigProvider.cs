using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Static credentials from a profile of the config file (<c>~/.aws/config</c>), botocore's <c>ConfigProvider</c>.
/// The config file is parsed on its own (not merged with the credentials file), with its <c>[profile x]</c> rules.
/// </summary>
public sealed class ConfigProvider : CredentialProvider
{
    /// <summary>The method name, <c>config-file</c>.</summary>
    public const string MethodName = "config-file";

    private readonly string _configFile;
    private readonly string _profileName;
    private readonly ConfigFileLoader _loader;

    /// <summary>Creates the provider for one file and profile.</summary>
    public ConfigProvider(string configFile, string profileName, ConfigFileLoader loader)
    {
        _configFile = configFile ?? throw new ArgumentNullException(nameof(configFile));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        _loader = loader ?? throw new ArgumentNullException(nameof(loader));
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override string? CanonicalName => "SharedConfig";

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        CredentialConfigView config;
        try
        {
            config = new CredentialConfigView(_loader(_configFile));
        }
        catch (ConfigNotFound)
        {
            return null;
        }
        if (!config.HasProfile(_profileName) || config.GetProfile(_profileName) is var profile && !profile.ContainsKey(StaticKeys.AccessKey))
        {
            return null;
        }
        return StaticKeys.Read(this, profile);
    }
}
