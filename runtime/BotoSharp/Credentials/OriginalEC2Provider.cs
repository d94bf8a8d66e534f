using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Credentials from the file named by <c>AWS_CREDENTIAL_FILE</c> in the old EC2 tools' <c>key=value</c> format
/// (<c>AWSAccessKeyId</c>, <c>AWSSecretKey</c>), botocore's <c>OriginalEC2Provider</c>. A missing file is a
/// <see cref="ConfigNotFound"/> that stops the chain, as in botocore.
/// </summary>
public sealed class OriginalEC2Provider : CredentialProvider
{
    /// <summary>The method name, <c>ec2-credentials-file</c>.</summary>
    public const string MethodName = "ec2-credentials-file";

    private const string FileVar = "AWS_CREDENTIAL_FILE";
    private const string AccessKey = "AWSAccessKeyId";
    private const string SecretKey = "AWSSecretKey";

    private readonly IReadOnlyDictionary<string, string> _environment;

    /// <summary>Creates the provider over an environment map.</summary>
    public OriginalEC2Provider(IReadOnlyDictionary<string, string> environment)
    {
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override string? CanonicalName => "Ec2Config";

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        if (!_environment.TryGetValue(FileVar, out var path))
        {
            return null;
        }
        var values = ParseKeyValueFile(Configuration.PathExpansion.ExpandUser(path, _environment));
        if (!values.TryGetValue(AccessKey, out var accessKey))
        {
            return null;
        }
        // botocore fails with a bare KeyError here; a typed error names what is missing instead.
        if (!values.TryGetValue(SecretKey, out var secretKey))
        {
            throw new PartialCredentialsError(MethodName, SecretKey);
        }
        return new Credentials(accessKey, secretKey, null, MethodName);
    }

    /// <summary>botocore's lenient <c>parse_key_val_file</c>: only lines with '=' count, both sides trimmed.</summary>
    internal static Dictionary<string, string> ParseKeyValueFile(string path)
    {
        string contents;
        try
        {
            contents = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigNotFound(path, e);
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in contents.Split('\n'))
        {
            var trimmedEnd = line.TrimEnd('\r');
            var eq = trimmedEnd.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                continue;
            }
            result[trimmedEnd[..eq].Trim()] = trimmedEnd[(eq + 1)..].Trim();
        }
        return result;
    }
}
