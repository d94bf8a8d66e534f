namespace BotoSharp.Auth;

/// <summary>The key names of static credentials in the credentials and config files, and how to read them.</summary>
internal static class StaticKeys
{
    public const string AccessKey = "aws_access_key_id";
    public const string SecretKey = "aws_secret_access_key";
    public const string AccountId = "aws_account_id";

    // aws_security_token is the older name and wins when both are present, as in botocore.
    private static readonly string[] s_tokenKeys = ["aws_security_token", "aws_session_token"];

    /// <summary>Reads key, secret (required), token and account id from a section.</summary>
    public static Credentials Read(CredentialProvider provider, IReadOnlyDictionary<string, object?> section)
    {
        var keys = ExtractRequired(provider, section);
        string? token = null;
        foreach (var name in s_tokenKeys)
        {
            if (section.ContainsKey(name))
            {
                token = CredentialConfigView.GetString(section, name);
                break;
            }
        }
        return new Credentials(keys[0], keys[1], token, provider.Method, CredentialConfigView.GetString(section, AccountId));
    }

    /// <summary>True when the section has either static key (botocore's <c>_has_static_credentials</c>).</summary>
    public static bool HasAny(IReadOnlyDictionary<string, object?> section) =>
        section.ContainsKey(AccessKey) || section.ContainsKey(SecretKey);

    private static string[] ExtractRequired(CredentialProvider provider, IReadOnlyDictionary<string, object?> section)
    {
        if (!section.ContainsKey(AccessKey))
        {
            throw new Errors.PartialCredentialsError(provider.Method, AccessKey);
        }
        if (!section.ContainsKey(SecretKey))
        {
            throw new Errors.PartialCredentialsError(provider.Method, SecretKey);
        }
        return [CredentialConfigView.GetString(section, AccessKey) ?? string.Empty, CredentialConfigView.GetString(section, SecretKey) ?? string.Empty];
    }
}
