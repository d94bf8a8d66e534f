using System.Security.Cryptography;
using System.Text;
using BotoSharp.Protocols;

namespace BotoSharp.Auth;

/// <summary>
/// What the STS role fetchers share, botocore's <c>BaseAssumeRoleCredentialFetcher</c>: the call's arguments
/// (<c>RoleArn</c> last, a generated <c>botocore-session-&lt;unix time&gt;</c> name when none is configured), the
/// cache key (SHA-1 of the arguments as sorted JSON, without a generated name) and the account id taken from the
/// assumed role's ARN.
/// </summary>
public abstract class BaseAssumeRoleCredentialFetcher : CachedCredentialFetcher
{
    private readonly bool _usingDefaultSessionName;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="clientCreator">Creates the STS client.</param>
    /// <param name="roleArn">The role to assume.</param>
    /// <param name="extraArgs">More operation arguments (<c>RoleSessionName</c>, <c>ExternalId</c>, <c>DurationSeconds</c>,
    /// <c>SerialNumber</c>, <c>Policy</c>, <c>SourceIdentity</c>…), in the order they are sent.</param>
    /// <param name="cache">The cache (in-memory by default).</param>
    /// <param name="expiryWindow">How long before expiry a cached response stops being used.</param>
    /// <param name="timeProvider">The clock.</param>
    protected BaseAssumeRoleCredentialFetcher(CredentialClientCreator clientCreator, string roleArn, IReadOnlyDictionary<string, object?>? extraArgs,
        ICredentialCache? cache, TimeSpan? expiryWindow, TimeProvider? timeProvider)
        : base(cache, expiryWindow, timeProvider)
    {
        ClientCreator = clientCreator ?? throw new ArgumentNullException(nameof(clientCreator));
        AssumeArgs = extraArgs is null ? new(StringComparer.Ordinal) : PlainValues.DeepCopy(extraArgs);
        AssumeArgs["RoleArn"] = roleArn ?? throw new ArgumentNullException(nameof(roleArn));
        if (AssumeArgs.GetValueOrDefault("RoleSessionName") is not string { Length: > 0 })
        {
            AssumeArgs["RoleSessionName"] = $"botocore-session-{TimeProvider.GetUtcNow().ToUnixTimeSeconds()}";
            _usingDefaultSessionName = true;
        }
    }

    /// <summary>Creates the STS client.</summary>
    protected CredentialClientCreator ClientCreator { get; }

    /// <summary>The operation arguments, botocore's <c>_assume_kwargs</c>.</summary>
    protected Dictionary<string, object?> AssumeArgs { get; }

    /// <summary>The role session name sent (configured or generated).</summary>
    public string RoleSessionName => (string)AssumeArgs["RoleSessionName"]!;

    /// <inheritdoc/>
    protected override string CreateCacheKey()
    {
        var args = PlainValues.DeepCopy(AssumeArgs);
        if (_usingDefaultSessionName)
        {
            // The generated name changes every run, so it stays out of the key.
            args.Remove("RoleSessionName");
        }
        if (args.TryGetValue("Policy", out var policy) && policy is string policyText)
        {
            args["Policy"] = PlainValues.ParseAny(policyText);
        }
        var json = PythonJsonWriter.Serialize(PlainValues.SortKeys(args));
        return MakeFileSafe(Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(json))).ToLowerInvariant());
    }

    /// <summary>Adds <c>Credentials.AccountId</c> from <c>AssumedRoleUser.Arn</c> when that is an ARN.</summary>
    protected static void AddAccountIdToResponse(Dictionary<string, object?> response)
    {
        var arn = PlainValues.Str(PlainValues.Dict(response, "AssumedRoleUser"), "Arn");
        if (arn is not null && arn.StartsWith("arn:", StringComparison.Ordinal) && arn.Split(':', 6).Length == 6
            && response.TryGetValue("Credentials", out var credentials) && credentials is IDictionary<string, object?> writable)
        {
            writable["AccountId"] = arn.Split(':', 6)[4];
        }
    }
}
