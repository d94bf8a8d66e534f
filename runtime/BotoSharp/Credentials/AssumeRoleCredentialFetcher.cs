namespace BotoSharp.Auth;

/// <summary>
/// Calls <c>sts:AssumeRole</c> with source credentials, botocore's <c>AssumeRoleCredentialFetcher</c>. With a
/// <c>SerialNumber</c> the MFA prompter is asked for <c>TokenCode</c> on every call that reaches STS.
/// </summary>
public sealed class AssumeRoleCredentialFetcher : BaseAssumeRoleCredentialFetcher
{
    private readonly Credentials _sourceCredentials;
    private readonly MfaPrompter _mfaPrompter;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="clientCreator">Creates the STS client (called with the source credentials as explicit keys).</param>
    /// <param name="sourceCredentials">The credentials that sign the AssumeRole call.</param>
    /// <param name="roleArn">The role to assume.</param>
    /// <param name="extraArgs">More AssumeRole arguments, in the order they are sent.</param>
    /// <param name="mfaPrompter">Asks for the MFA code; the console by default.</param>
    /// <param name="cache">The cache (in-memory by default; <see cref="JsonFileCache"/> to share the AWS CLI's).</param>
    /// <param name="expiryWindow">How long before expiry a cached response stops being used (15 minutes).</param>
    /// <param name="timeProvider">The clock.</param>
    public AssumeRoleCredentialFetcher(CredentialClientCreator clientCreator, Credentials sourceCredentials, string roleArn,
        IReadOnlyDictionary<string, object?>? extraArgs = null, MfaPrompter? mfaPrompter = null, ICredentialCache? cache = null,
        TimeSpan? expiryWindow = null, TimeProvider? timeProvider = null)
        : base(clientCreator, roleArn, extraArgs, cache, expiryWindow, timeProvider)
    {
        _sourceCredentials = sourceCredentials ?? throw new ArgumentNullException(nameof(sourceCredentials));
        _mfaPrompter = mfaPrompter ?? ConsoleMfaPrompter.PromptAsync;
    }

    /// <inheritdoc/>
    protected override async Task<Dictionary<string, object?>> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var args = PlainValues.DeepCopy(AssumeArgs);
        if (args.GetValueOrDefault("SerialNumber") is { } serial)
        {
            args["TokenCode"] = await _mfaPrompter($"Enter MFA code for {serial}: ", cancellationToken).ConfigureAwait(false);
        }
        var frozen = await _sourceCredentials.GetFrozenCredentialsAsync(cancellationToken).ConfigureAwait(false);
        var client = ClientCreator("sts", new CredentialClientOptions
        {
            AccessKey = frozen.AccessKey,
            SecretKey = frozen.SecretKey,
            SessionToken = frozen.Token,
        });
        var response = await CredentialClientCreators.InvokeAsync(client, "AssumeRole", args, cancellationToken).ConfigureAwait(false);
        AddAccountIdToResponse(response);
        return response;
    }
}
