namespace BotoSharp.Auth;

/// <summary>
/// The parts of botocore's <c>full_config</c> the credential providers read: profiles (config file merged with the
/// credentials file) and <c>[sso-session]</c> sections. Values are raw strings, nested sub-sections dictionaries.
/// </summary>
public sealed class CredentialConfigView
{
    private static readonly IReadOnlyDictionary<string, object?> s_emptySection = new Dictionary<string, object?>();
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> s_noSections =
        new Dictionary<string, IReadOnlyDictionary<string, object?>>();

    /// <summary>A view with no profiles, as botocore sees a missing config file.</summary>
    public static CredentialConfigView Empty { get; } = new(null, null);

    /// <summary>Creates a view over parsed sections.</summary>
    public CredentialConfigView(IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>? profiles,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>? ssoSessions = null)
    {
        Profiles = profiles ?? s_noSections;
        SsoSessions = ssoSessions ?? s_noSections;
    }

    /// <summary>Profiles by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> Profiles { get; }

    /// <summary><c>[sso-session NAME]</c> sections by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> SsoSessions { get; }

    /// <summary>The named profile, or an empty section when it does not exist (botocore's <c>.get(name, {})</c>).</summary>
    public IReadOnlyDictionary<string, object?> GetProfile(string name) =>
        Profiles.TryGetValue(name, out var section) ? section : s_emptySection;

    /// <summary>Reads a string value from a section; nested sub-sections are not strings and read as absent.</summary>
    internal static string? GetString(IReadOnlyDictionary<string, object?> section, string key) =>
        section.TryGetValue(key, out var value) ? value as string : null;
}
