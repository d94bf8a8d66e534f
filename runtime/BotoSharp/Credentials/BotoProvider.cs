using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Credentials from a boto2 config file's <c>[Credentials]</c> section, botocore's <c>BotoProvider</c>: the file
/// named by <c>BOTO_CONFIG</c>, else the first of <c>/etc/boto.cfg</c> and <c>~/.boto</c> that has that section.
/// </summary>
public sealed class BotoProvider : CredentialProvider
{
    /// <summary>The method name, <c>boto-config</c>.</summary>
    public const string MethodName = "boto-config";

    private static readonly string[] s_defaultFiles = ["/etc/boto.cfg", "~/.boto"];

    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly RawConfigParser _parser;

    /// <summary>Creates the provider over an environment map and an INI parser.</summary>
    public BotoProvider(IReadOnlyDictionary<string, string> environment, RawConfigParser parser)
    {
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
        _parser = parser ?? throw new ArgumentNullException(nameof(parser));
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override string? CanonicalName => "Boto2Config";

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        var locations = _environment.TryGetValue("BOTO_CONFIG", out var named) ? [named] : s_defaultFiles;
        foreach (var location in locations)
        {
            IReadOnlyDictionary<string, object?> sections;
            try
            {
                sections = _parser(location);
            }
            catch (ConfigNotFound)
            {
                continue;
            }
            if (CredentialConfigView.Section(sections, "Credentials") is { } credentials && credentials.ContainsKey(StaticKeys.AccessKey))
            {
                var keys = ExtractCredsFromMapping(credentials, StaticKeys.AccessKey, StaticKeys.SecretKey);
                return new Credentials(keys[0], keys[1], null, MethodName);
            }
        }
        return null;
    }
}
