using BotoSharp.Configuration;

namespace BotoSharp.Auth;

/// <summary>
/// Calls <c>sts:AssumeRoleWithWebIdentity</c> unsigned with a token read fresh on every call (a Kubernetes
/// projected token rotates), botocore's <c>AssumeRoleWithWebIdentityCredentialFetcher</c>.
/// </summary>
public sealed class AssumeRoleWithWebIdentityCredentialFetcher : BaseAssumeRoleCredentialFetcher
{
    private readonly Func<CancellationToken, Task<string>> _tokenLoader;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="clientCreator">Creates the STS client (called with an unsigned config).</param>
    /// <param name="webIdentityTokenLoader">Returns the current web identity token (botocore reads the token file).</param>
    /// <param name="roleArn">The role to assume.</param>
    /// <param name="extraArgs">More arguments (<c>RoleSessionName</c>…), in the order they are sent.</param>
    /// <param name="cache">The cache (in-memory by default).</param>
    /// <param name="expiryWindow">How long before expiry a cached response stops being used (15 minutes).</param>
    /// <param name="timeProvider">The clock.</param>
    public AssumeRoleWithWebIdentityCredentialFetcher(CredentialClientCreator clientCreator, Func<CancellationToken, Task<string>> webIdentityTokenLoader,
        string roleArn, IReadOnlyDictionary<string, object?>? extraArgs = null, ICredentialCache? cache = null, TimeSpan? expiryWindow = null,
        TimeProvider? timeProvider = null)
        : base(clientCreator, roleArn, extraArgs, cache, expiryWindow, timeProvider)
    {
        _tokenLoader = webIdentityTokenLoader ?? throw new ArgumentNullException(nameof(webIdentityTokenLoader));
    }

    /// <inheritdoc/>
    protected override async Task<Dictionary<string, object?>> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var args = PlainValues.DeepCopy(AssumeArgs);
        args["WebIdentityToken"] = await _tokenLoader(cancellationToken).ConfigureAwait(false);
        // Only the token proves the identity: the call is not signed.
        var client = ClientCreator("sts", new CredentialClientOptions { Config = new ClientConfig { SignatureVersion = ClientConfig.Unsigned } });
        var response = await CredentialClientCreators.InvokeAsync(client, "AssumeRoleWithWebIdentity", args, cancellationToken).ConfigureAwait(false);
        AddAccountIdToResponse(response);
        return response;
    }
}
