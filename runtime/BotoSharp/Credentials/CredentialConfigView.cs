namespace BotoSharp.Auth;

/// <summary>
/// A read-only view of botocore's <c>full_config</c> shape (<c>profiles</c>, <c>sso_sessions</c>… each a
/// dictionary of sections) as the credential providers read it. Values are raw strings, nested sub-sections
/// dictionaries; anything that is not a section reads as absent.
/// </summary>
public sealed class CredentialConfigView
{
    private static readonly IReadOnlyDictionary<string, object?> s_emptySection = new Dictionary<string, object?>();

    private readonly IReadOnlyDictionary<string, object?> _config;

    /// <summary>A view with no profiles, as botocore sees a missing config file.</summary>
    public static CredentialConfigView Empty { get; } = new(new Dictionary<string, object?>());

    /// <summary>Wraps a full-config dictionary (as <c>ConfigFileParser.LoadConfig</c> and the session build it).</summary>
    public CredentialConfigView(IReadOnlyDictionary<string, object?> fullConfig)
    {
        _config = fullConfig ?? throw new ArgumentNullException(nameof(fullConfig));
    }

    /// <summary>The profiles by name.</summary>
    public IReadOnlyDictionary<string, object?> Profiles => Section(_config, "profiles") ?? s_emptySection;

    /// <summary>The <c>[sso-session NAME]</c> sections by name.</summary>
    public IReadOnlyDictionary<string, object?> SsoSessions => Section(_config, "sso_sessions") ?? s_emptySection;

    /// <summary>True when the named profile exists.</summary>
    public bool HasProfile(string name) => Section(Profiles, name) is not null;

    /// <summary>The named profile, or an empty section when it does not exist (botocore's <c>.get(name, {})</c>).</summary>
    public IReadOnlyDictionary<string, object?> GetProfile(string name) => Section(Profiles, name) ?? s_emptySection;

    /// <summary>The named sso-session section, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, object?>? GetSsoSession(string name) => Section(SsoSessions, name);

    /// <summary>A nested section of a dictionary, or <see langword="null"/> when absent or not a section.</summary>
    internal static IReadOnlyDictionary<string, object?>? Section(IReadOnlyDictionary<string, object?> parent, string key) =>
        parent.TryGetValue(key, out var value) ? value as IReadOnlyDictionary<string, object?> : null;

    /// <summary>Reads a string value from a section; nested sub-sections are not strings and read as absent.</summary>
    internal static string? GetString(IReadOnlyDictionary<string, object?> section, string key) =>
        section.TryGetValue(key, out var value) ? value as string : null;
}
