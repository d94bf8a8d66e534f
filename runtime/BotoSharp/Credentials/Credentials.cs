namespace BotoSharp.Auth;

/// <summary>
/// The credentials that authenticate requests, botocore's <c>Credentials</c>: an access key, a secret key, an
/// optional session token, the <see cref="Method"/> naming where they were found and an optional account id.
/// </summary>
public class Credentials
{
    /// <summary>The method botocore reports for credentials built directly by the caller.</summary>
    public const string ExplicitMethod = "explicit";

    private string? _accessKey;
    private string? _secretKey;
    private string? _token;
    private string? _accountId;

    /// <summary>Creates credentials; <paramref name="method"/> defaults to <c>explicit</c> as in botocore.</summary>
    public Credentials(string? accessKey, string? secretKey, string? token = null, string? method = null, string? accountId = null)
    {
        _accessKey = accessKey;
        _secretKey = secretKey;
        _token = token;
        _accountId = accountId;
        Method = method ?? ExplicitMethod;
    }

    /// <summary>For subclasses that hold their values elsewhere (refreshable credentials).</summary>
    private protected Credentials(string method)
    {
        Method = method;
    }

    /// <summary>The access key id.</summary>
    public virtual string? AccessKey
    {
        get => _accessKey;
        set => _accessKey = value;
    }

    /// <summary>The secret access key.</summary>
    public virtual string? SecretKey
    {
        get => _secretKey;
        set => _secretKey = value;
    }

    /// <summary>The session token, or <see langword="null"/> for long-term keys.</summary>
    public virtual string? Token
    {
        get => _token;
        set => _token = value;
    }

    /// <summary>The account id associated with the credentials, when known.</summary>
    public virtual string? AccountId
    {
        get => _accountId;
        set => _accountId = value;
    }

    /// <summary>Where the credentials came from (<c>env</c>, <c>shared-credentials-file</c>, <c>iam-role</c>…).</summary>
    public string Method { get; set; }

    /// <summary>Returns an immutable snapshot; the form every signer should use.</summary>
    public virtual ReadOnlyCredentials GetFrozenCredentials() => new(AccessKey, SecretKey, Token, AccountId);

    /// <summary>Returns the snapshot, refreshing first without blocking a thread where the source supports it.</summary>
    public virtual Task<ReadOnlyCredentials> GetFrozenCredentialsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(GetFrozenCredentials());

    /// <summary>
    /// Returns a getter that reads the named property when called (botocore's <c>get_deferred_property</c>), so
    /// a value such as the account id is only resolved (and refreshed) when an endpoint rule needs it.
    /// </summary>
    /// <param name="propertyName">botocore's name: <c>access_key</c>, <c>secret_key</c>, <c>token</c> or <c>account_id</c>.</param>
    public Func<string?> GetDeferredProperty(string propertyName) => propertyName switch
    {
        "access_key" => () => AccessKey,
        "secret_key" => () => SecretKey,
        "token" => () => Token,
        "account_id" => () => AccountId,
        // botocore's getattr(..., None) answers None for any other name.
        _ => static () => null,
    };
}
