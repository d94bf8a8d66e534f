using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Credentials from <c>AWS_ACCESS_KEY_ID</c> / <c>AWS_SECRET_ACCESS_KEY</c>, botocore's <c>EnvProvider</c>.
/// The token is the first non-empty of <c>AWS_SECURITY_TOKEN</c> then <c>AWS_SESSION_TOKEN</c>; a non-empty
/// <c>AWS_CREDENTIAL_EXPIRATION</c> makes the credentials refreshable by re-reading the environment.
/// </summary>
public sealed class EnvProvider : CredentialProvider
{
    /// <summary>The method name, <c>env</c>.</summary>
    public const string MethodName = "env";

    private const string AccessKeyVar = "AWS_ACCESS_KEY_ID";
    private const string SecretKeyVar = "AWS_SECRET_ACCESS_KEY";
    private const string ExpiryVar = "AWS_CREDENTIAL_EXPIRATION";
    private const string AccountIdVar = "AWS_ACCOUNT_ID";
    private static readonly string[] s_tokenVars = ["AWS_SECURITY_TOKEN", "AWS_SESSION_TOKEN"];

    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the provider over an environment map (the process environment in a default session).</summary>
    public EnvProvider(IReadOnlyDictionary<string, string> environment, TimeProvider? timeProvider = null)
    {
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override string? CanonicalName => "Environment";

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        if (string.IsNullOrEmpty(Get(AccessKeyVar)))
        {
            return null;
        }
        var values = Fetch(requireExpiry: false);
        if (values.ExpiryTime is not null)
        {
            return new RefreshableCredentials(values.AccessKey, values.SecretKey, values.Token,
                CredentialTime.Parse(values.ExpiryTime, MethodName), () => Fetch(requireExpiry: true), MethodName,
                _timeProvider, values.AccountId);
        }
        return new Credentials(values.AccessKey, values.SecretKey, values.Token, MethodName, values.AccountId);
    }

    private CredentialMetadata Fetch(bool requireExpiry)
    {
        var accessKey = Get(AccessKeyVar);
        if (string.IsNullOrEmpty(accessKey))
        {
            throw new PartialCredentialsError(MethodName, AccessKeyVar);
        }
        var secretKey = Get(SecretKeyVar);
        if (string.IsNullOrEmpty(secretKey))
        {
            throw new PartialCredentialsError(MethodName, SecretKeyVar);
        }
        var token = s_tokenVars.Select(Get).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var expiry = Get(ExpiryVar);
        if (string.IsNullOrEmpty(expiry))
        {
            // A refresh must find an expiry again, or the credentials could never be renewed.
            if (requireExpiry)
            {
                throw new PartialCredentialsError(MethodName, ExpiryVar);
            }
            expiry = null;
        }
        var accountId = Get(AccountIdVar);
        return new CredentialMetadata(accessKey, secretKey, token, expiry, string.IsNullOrEmpty(accountId) ? null : accountId);
    }

    private string? Get(string name) => _environment.TryGetValue(name, out var value) ? value : null;
}
