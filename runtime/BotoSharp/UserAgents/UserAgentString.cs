using System.Runtime.InteropServices;
using BotoSharp.Configuration;

namespace BotoSharp.UserAgents;

/// <summary>
/// botocore's <c>UserAgentString</c> (the session's <c>user_agent_creator</c> component): builds the wire
/// User-Agent header from platform facts, the session's name/version/extra, the client config and the features
/// used by a call. Immutable apart from the session and client-feature setters, as botocore's.
/// </summary>
public sealed class UserAgentString
{
    private readonly string? _platformName;
    private readonly string? _platformVersion;
    private readonly string? _platformMachine;
    private readonly string _languageName;
    private readonly string? _languageVersion;
    private readonly (string Key, string Value)? _languageImplementation;
    private readonly string? _executionEnv;
    private string? _sessionName;
    private string? _sessionVersion;
    private string? _sessionExtra;
    private ClientConfig? _clientConfig;
    private IReadOnlyCollection<string>? _clientFeatures;

    /// <summary>Creates the builder from explicit platform facts.</summary>
    /// <param name="platformName">As Python's <c>platform.system()</c>: <c>Linux</c>, <c>Darwin</c>, <c>Windows</c>…</param>
    /// <param name="platformVersion">The OS release.</param>
    /// <param name="platformMachine">The machine type (<c>x86_64</c>, <c>arm64</c>…).</param>
    /// <param name="languageName">The <c>lang/</c> name: <c>dotnet</c> (botocore writes <c>python</c>).</param>
    /// <param name="languageVersion">The runtime version.</param>
    /// <param name="languageImplementation">An <c>md/key#value</c> implementation component (botocore: <c>pyimpl</c>), or null.</param>
    /// <param name="executionEnv">The <c>AWS_EXECUTION_ENV</c> value, or null.</param>
    public UserAgentString(string? platformName, string? platformVersion, string? platformMachine, string languageName,
        string? languageVersion, (string Key, string Value)? languageImplementation, string? executionEnv)
    {
        _platformName = platformName;
        _platformVersion = platformVersion;
        _platformMachine = platformMachine;
        _languageName = languageName;
        _languageVersion = languageVersion;
        _languageImplementation = languageImplementation;
        _executionEnv = executionEnv;
    }

    /// <summary>botocore's <c>from_environment</c>: this process's platform and <c>AWS_EXECUTION_ENV</c> from <paramref name="environment"/>.</summary>
    public static UserAgentString FromEnvironment(IReadOnlyDictionary<string, string> environment) =>
        new(PlatformFacts.System, PlatformFacts.Release, PlatformFacts.Machine, "dotnet", PlatformFacts.RuntimeVersion, null,
            environment.TryGetValue("AWS_EXECUTION_ENV", out var env) ? env : null);

    /// <summary>Sets the session's name, version and extra (read again at each client creation).</summary>
    public UserAgentString SetSessionConfig(string? name, string? version, string? extra)
    {
        _sessionName = name;
        _sessionVersion = version;
        _sessionExtra = extra;
        return this;
    }

    /// <summary>Sets the feature codes registered while the client was created.</summary>
    public void SetClientFeatures(IReadOnlyCollection<string>? features) => _clientFeatures = features;

    /// <summary>A copy carrying the client's final config (retry mode, endpoint discovery, app id, extra, override).</summary>
    public UserAgentString WithClientConfig(ClientConfig? config)
    {
        var copy = (UserAgentString)MemberwiseClone();
        copy._clientConfig = config;
        return copy;
    }

    /// <summary>The header value, with the feature codes of the current call (<paramref name="contextFeatures"/>) added.</summary>
    public string ToString(IEnumerable<string>? contextFeatures)
    {
        if (_clientConfig?.UserAgent is { } legacy)
        {
            return string.Join(" ", new[] { legacy, _sessionExtra, _clientConfig.UserAgentExtra }.Where(s => !string.IsNullOrEmpty(s)));
        }
        // Every new client asks for the header without features: the same inputs give the same text (UserAgentTexts).
        if (contextFeatures is null && _clientFeatures is not { Count: > 0 })
        {
            return UserAgentTexts.Get(TextKey(), this);
        }
        return Build(contextFeatures);
    }

    // Everything Build reads when there are no features, as values.
    private UserAgentTexts.Key TextKey()
    {
        var retries = _clientConfig?.Retries;
        return new(_platformName, _platformVersion, _platformMachine, _languageName, _languageVersion,
            _languageImplementation.HasValue, _languageImplementation?.Key, _languageImplementation?.Value, _executionEnv,
            _sessionName, _sessionVersion, _sessionExtra, _clientConfig?.UserAgentExtra, _clientConfig?.UserAgentAppId,
            retries is { Count: > 0 }, retries?.GetValueOrDefault("mode") as string, retries is { Count: > 0 } && EndpointDiscoveryOn(_clientConfig!));
    }

    private static bool EndpointDiscoveryOn(ClientConfig config) =>
        ConfigValues.EnsureBoolean(config.EndpointDiscoveryEnabled) || config.EndpointDiscoveryEnabled is string { Length: > 0 };

    /// <summary>The header value built piece by piece (no legacy <c>user_agent</c> override).</summary>
    internal string Build(IEnumerable<string>? contextFeatures)
    {
        var parts = new List<string>();
        parts.AddRange(SdkMetadata());
        parts.Add("ua/2.1");
        parts.AddRange(OsMetadata());
        if (!string.IsNullOrEmpty(_platformMachine))
        {
            parts.Add(UserAgentFeatures.Component("md", "arch", _platformMachine.ToLowerInvariant()));
        }
        parts.Add(UserAgentFeatures.Component("lang", _languageName, _languageVersion));
        if (_languageImplementation is { } impl)
        {
            parts.Add(UserAgentFeatures.Component("md", impl.Key, impl.Value));
        }
        if (!string.IsNullOrEmpty(_executionEnv))
        {
            parts.Add(UserAgentFeatures.Component("exec-env", _executionEnv));
        }
        var features = (_clientFeatures ?? Array.Empty<string>()).Union(contextFeatures ?? Array.Empty<string>()).ToList();
        if (features.Count > 0)
        {
            parts.Add(UserAgentFeatures.Component("m", string.Join(",", features), maxBytes: 1024));
        }
        parts.AddRange(ConfigMetadata());
        parts.Add(string.IsNullOrEmpty(_clientConfig?.UserAgentAppId) ? string.Empty : "app/" + UserAgentFeatures.Sanitize(_clientConfig.UserAgentAppId, true));
        parts.Add(_sessionExtra ?? string.Empty);
        parts.Add(_clientConfig?.UserAgentExtra ?? string.Empty);
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    /// <summary>The header value without call-specific features.</summary>
    public override string ToString() => ToString(null);

    // A customised session name/version goes first, with botocore's own name and version kept as metadata.
    private IEnumerable<string> SdkMetadata()
    {
        bool custom = !string.IsNullOrEmpty(_sessionName) && !string.IsNullOrEmpty(_sessionVersion)
            && (_sessionName != "Botocore" || _sessionVersion != Session.BotocoreVersion);
        if (custom)
        {
            yield return UserAgentFeatures.Component(_sessionName!, _sessionVersion!);
            yield return UserAgentFeatures.Component("md", "Botocore", Session.BotocoreVersion);
        }
        else
        {
            yield return UserAgentFeatures.Component("Botocore", Session.BotocoreVersion);
        }
    }

    private IEnumerable<string> OsMetadata()
    {
        string? lower = _platformName?.ToLowerInvariant();
        string? family = lower is "windows" or "linux" or "macos" or "android" or "ios" or "watchos" or "tvos" or "other" ? lower
            : lower == "darwin" ? "macos" : null;
        if (_platformName is null)
        {
            yield return "os/other";
        }
        else if (family is not null)
        {
            yield return UserAgentFeatures.Component("os", family, _platformVersion);
        }
        else
        {
            yield return "os/other";
            yield return UserAgentFeatures.Component("md", _platformName, _platformVersion);
        }
    }

    private IEnumerable<string> ConfigMetadata()
    {
        if (_clientConfig?.Retries is not { Count: > 0 } retries)
        {
            yield break;
        }
        yield return UserAgentFeatures.Component("cfg", "retry-mode", retries.GetValueOrDefault("mode") as string);
        if (EndpointDiscoveryOn(_clientConfig))
        {
            yield return "cfg/endpoint-discovery";
        }
    }
}
