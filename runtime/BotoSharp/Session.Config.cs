using BotoSharp.Configuration;
using BotoSharp.Errors;

namespace BotoSharp;

/// <summary>Configuration: variables, profiles, the parsed config files and the default client config.</summary>
public partial class Session
{
    private string? _profile;
    private Dictionary<string, object?>? _config;
    private Dictionary<string, object?>? _profileMap;
    private ClientConfig? _clientConfig;

    /// <summary>
    /// The profile name: <c>GetConfigVariable("profile")</c> on first read, then cached as botocore does (a null
    /// result is not cached). Setting it sets the <c>profile</c> instance variable too, which (like botocore's
    /// <c>set_config_variable('profile', …)</c>) counts as an explicit profile.
    /// </summary>
    public string? Profile
    {
        get => _profile ??= GetConfigVariable("profile") as string;
        set
        {
            SetConfigVariable("profile", value);
            _profile = value;
        }
    }

    /// <summary>Profile names: config-file profiles in file order, then credentials-file-only sections.</summary>
    /// <exception cref="ConfigParseError">A config file is malformed.</exception>
    public IReadOnlyList<string> AvailableProfiles => ProfileMap.Keys.ToList();

    private Dictionary<string, object?> ProfileMap => _profileMap ??= (Dictionary<string, object?>)FullConfig["profiles"]!;

    /// <summary>
    /// Both config files parsed once for the session's lifetime: <c>profiles</c> (credentials-file sections merged
    /// in verbatim, their keys overwriting), <c>sso_sessions</c>, <c>services</c> and any other section. A missing
    /// config file gives just <c>{"profiles": {}}</c>.
    /// </summary>
    /// <exception cref="ConfigParseError">A config file is malformed.</exception>
    public IReadOnlyDictionary<string, object?> FullConfig => _config ?? LoadFullConfig();

    private Dictionary<string, object?> LoadFullConfig()
    {
        // A missing file is normal (botocore catches ConfigNotFound); the Try forms say so without an exception.
        var config = ConfigFileParser.TryLoadConfig(GetConfigVariable("config_file") as string, EnvironmentVariables)
            ?? new Dictionary<string, object?>(StringComparer.Ordinal) { ["profiles"] = new Dictionary<string, object?>(StringComparer.Ordinal) };
        // Cached before the credentials file is read: as in botocore, a malformed credentials file fails this
        // first read only, and later reads return the config-file profiles without it.
        _config = config;
        var profiles = (Dictionary<string, object?>)config["profiles"]!;
        var credentials = ConfigFileParser.TryRawConfigParse(GetConfigVariable("credentials_file") as string, true, EnvironmentVariables, out _);
        foreach (var (name, values) in credentials ?? s_noSections)
        {
            if (profiles.TryGetValue(name, out var existing) && existing is Dictionary<string, object?> merged)
            {
                foreach (var (key, value) in (Dictionary<string, object?>)values!)
                {
                    merged[key] = value;
                }
            }
            else
            {
                profiles[name] = values;
            }
        }
        return config;
    }

    /// <summary>
    /// A configuration value by logical name (<c>region</c>, <c>retry_mode</c>…), or null when unknown or unset.
    /// With <paramref name="methods"/> (a subset of <c>instance</c>, <c>env</c>, <c>config</c>) only those
    /// sources are asked; the default still applies.
    /// </summary>
    /// <exception cref="InvalidConfigError">A value fails its conversion (e.g. <c>AWS_MAX_ATTEMPTS=abc</c>).</exception>
    /// <exception cref="ProfileNotFound">The config file had to be read and the profile does not exist.</exception>
    public object? GetConfigVariable(string logicalName, IEnumerable<string>? methods = null)
    {
        if (methods is null)
        {
            return ConfigStore.GetConfigVariable(logicalName);
        }
        // As botocore, only the table's variables honour the filter; the s3 and proxies_config sections keep full chains.
        var mapping = SessionVariables.CreateDefaultMapping(new ConfigChainFactory(this, EnvironmentVariables), SessionVariables.Create(EnvironmentVariables), this);
        var subset = new ConfigChainFactory(this, EnvironmentVariables, methods.ToList());
        foreach (var (name, variable) in SessionVarMap)
        {
            mapping[name] = subset.CreateConfigChain(name, variable);
        }
        return new ConfigValueStore(mapping).GetConfigVariable(logicalName);
    }

    // The config_store component as last looked up, with the registry version it was looked up at.
    private VersionedStore? _configStore;

    /// <summary>
    /// The <c>config_store</c> component. Every config lookup (a dozen per client, the profile's included) starts here,
    /// so it is looked up again only when a component was registered since.
    /// </summary>
    private ConfigValueStore ConfigStore
    {
        get
        {
            var version = _components.Version;
            var known = Volatile.Read(ref _configStore);
            if (known is null || known.Version != version)
            {
                known = new VersionedStore(version, GetComponent<ConfigValueStore>("config_store"));
                Volatile.Write(ref _configStore, known);
            }
            return known.Store;
        }
    }

    // Our own pair rather than Tuple<int, T>: generic framework code over an int has no precompiled form here.
    private sealed record VersionedStore(int Version, ConfigValueStore Store);

    /// <summary>Sets an instance variable, the first source of every chain (null counts as unset).</summary>
    public void SetConfigVariable(string logicalName, object? value)
    {
        (_instanceVariables ??= new(StringComparer.Ordinal))[logicalName] = value;
        ConfigChanged();
    }

    /// <summary>One instance variable without copying the map (every config lookup starts here).</summary>
    object? IConfigSource.GetInstanceVariable(string name) => _instanceVariables?.GetValueOrDefault(name);

    /// <summary>A shallow copy of the instance variables.</summary>
    public IReadOnlyDictionary<string, object?> InstanceVariables() => _instanceVariables is null
        ? new Dictionary<string, object?>(StringComparer.Ordinal)
        : new Dictionary<string, object?>(_instanceVariables, StringComparer.Ordinal);

    /// <summary>The session-wide client config merged under each client's own, or null.</summary>
    public ClientConfig? GetDefaultClientConfig() => _clientConfig;

    /// <summary>Sets (or clears with null) the session-wide client config.</summary>
    public void SetDefaultClientConfig(ClientConfig? config) => _clientConfig = config;

    private static readonly Dictionary<string, object?> s_noSections = new(StringComparer.Ordinal);

    // The embedded defaults never change and the resolver only reads them (its per-mode cache is locked): one per process.
    private static readonly Lazy<DefaultConfigResolver> s_defaultConfigResolver =
        new(() => new DefaultConfigResolver(Loading.EmbeddedData.Read("sdk-default-configuration")));

    private void RegisterConfigComponents(IReadOnlyDictionary<string, SessionVariable> variables)
    {
        var factory = new ConfigChainFactory(this, EnvironmentVariables);
        // Each chain is built on its first lookup (most never are): the session's largest cost when built eagerly.
        _components.RegisterComponent("config_store", new ConfigValueStore(SessionVariables.CreateLazyDefaultMapping(factory, variables, this)));
        _components.RegisterComponent("user_agent_creator", UserAgents.UserAgentString.FromEnvironment(EnvironmentVariables));
        _internalComponents.LazyRegisterComponent("default_config_resolver", () => s_defaultConfigResolver.Value);
        _internalComponents.LazyRegisterComponent("smart_defaults_factory", static session => ((Session)session).CreateSmartDefaultsFactory(), this);
    }

    private SmartDefaultsConfigStoreFactory CreateSmartDefaultsFactory()
    {
        return new SmartDefaultsConfigStoreFactory((DefaultConfigResolver)_internalComponents.GetComponent("default_config_resolver")!, EnvironmentVariables);
    }

    /// <summary>Rebuilds one variable's chain in the config store after its <see cref="SessionVarMap"/> entry is set.</summary>
    internal void UpdateConfigStoreFromSessionVar(string logicalName, SessionVariable variable)
    {
        var factory = new ConfigChainFactory(this, EnvironmentVariables);
        ConfigStore.SetConfigProvider(logicalName, factory.CreateConfigChain(logicalName, variable));
        ConfigChanged();
    }
}
