using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Credentials from the shared credentials file (<c>~/.aws/credentials</c>), botocore's
/// <c>SharedCredentialProvider</c>. The file is re-read on every load; the section must be named exactly as the
/// profile; a key without its secret is a <see cref="PartialCredentialsError"/>, never a fall-through.
/// </summary>
public sealed class SharedCredentialProvider : CredentialProvider
{
    /// <summary>The method name, <c>shared-credentials-file</c>.</summary>
    public const string MethodName = "shared-credentials-file";

    private readonly string _credentialsFile;
    private readonly string _profileName;
    private readonly RawConfigParser _parser;

    /// <summary>Creates the provider for one file and profile (<c>default</c> when none is given).</summary>
    public SharedCredentialProvider(string credentialsFile, string? profileName, RawConfigParser parser)
    {
        _credentialsFile = credentialsFile ?? throw new ArgumentNullException(nameof(credentialsFile));
        _profileName = profileName ?? "default";
        _parser = parser ?? throw new ArgumentNullException(nameof(parser));
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override string? CanonicalName => "SharedCredentials";

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        IReadOnlyDictionary<string, object?> sections;
        try
        {
            sections = _parser(_credentialsFile);
        }
        catch (ConfigNotFound)
        {
            return null;
        }
        if (CredentialConfigView.Section(sections, _profileName) is not { } section || !section.ContainsKey(StaticKeys.AccessKey))
        {
            return null;
        }
        return StaticKeys.Read(this, section);
    }
}
