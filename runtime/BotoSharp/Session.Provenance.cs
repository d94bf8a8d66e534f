using BotoSharp.Configuration;

namespace BotoSharp;

/// <summary>Where configuration values come from (beyond botocore).</summary>
public partial class Session
{
    /// <summary>The shared config file this session reads (<c>config_file</c>, expanded), whether or not it exists.</summary>
    public string ConfigFilePath => ExpandPath((string)GetConfigVariable("config_file")!);

    /// <summary>The shared credentials file this session reads (<c>credentials_file</c>, expanded), whether or not it exists.</summary>
    public string CredentialsFilePath => ExpandPath((string)GetConfigVariable("credentials_file")!);

    /// <summary>
    /// Which source answers <see cref="GetConfigVariable"/> for <paramref name="logicalName"/> now: an instance
    /// variable, which environment variable, which file, profile and line, or the default.
    /// </summary>
    /// <exception cref="BotoSharp.Errors.BotoCoreError">Reading the config files failed, as the lookup itself would.</exception>
    public ConfigValueOrigin GetConfigValueOrigin(string logicalName)
    {
        var store = GetComponent<ConfigValueStore>("config_store");
        var value = store.GetConfigVariable(logicalName);
        if (store.GetConfigProvider(logicalName) is not { } provider)
        {
            return value is null ? new(ConfigValueOriginKind.Unset, null) : new(ConfigValueOriginKind.StoreOverride, value, logicalName);
        }
        var answering = provider is ChainProvider chain ? chain.FindAnsweringProvider() : provider.Provide() is null ? null : provider;
        return answering switch
        {
            InstanceVarProvider instance => new(ConfigValueOriginKind.InstanceVariable, value, instance.Name),
            EnvironmentProvider environment => new(ConfigValueOriginKind.EnvironmentVariable, value, environment.Name),
            ScopedConfigProvider file => FromFile(file.Key, value),
            ConstantProvider => new(ConfigValueOriginKind.Default, value),
            SectionConfigProvider section => new(ConfigValueOriginKind.Section, value, section.SectionName),
            _ => new(ConfigValueOriginKind.Unset, value),
        };
    }

    private ConfigValueOrigin FromFile(ConfigKey key, object? value)
    {
        string profile = Profile ?? "default";
        var where = ConfigFileLineLocator.Find(CredentialsFilePath, ConfigFilePath, profile, key);
        return new(ConfigValueOriginKind.ConfigFile, value, key.ToString(), where?.Path, profile, where?.Line);
    }
}
