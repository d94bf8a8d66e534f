namespace BotoSharp.Endpoints;

/// <summary>
/// The builtIn names a rule-set parameter may take its value from (botocore's <c>EndpointResolverBuiltins</c>).
/// The call path fills a map keyed by these names; any other name is rejected with
/// <see cref="Errors.UnknownEndpointResolutionBuiltInName"/>.
/// </summary>
public static class EndpointBuiltIns
{
    /// <summary>The client's region (string).</summary>
    public const string Region = "AWS::Region";

    /// <summary>Whether FIPS endpoints are requested (bool); false whenever <see cref="SdkEndpoint"/> is set.</summary>
    public const string UseFips = "AWS::UseFIPS";

    /// <summary>Whether dual-stack endpoints are requested (bool); false whenever <see cref="SdkEndpoint"/> is set.</summary>
    public const string UseDualStack = "AWS::UseDualStack";

    /// <summary>Whether STS uses its global endpoint rather than the us-east-1 regional one (bool).</summary>
    public const string StsUseGlobalEndpoint = "AWS::STS::UseGlobalEndpoint";

    /// <summary>Whether S3 uses its global endpoint rather than the us-east-1 regional one (bool).</summary>
    public const string S3UseGlobalEndpoint = "AWS::S3::UseGlobalEndpoint";

    /// <summary>Whether S3 Transfer Acceleration is requested (bool).</summary>
    public const string S3Accelerate = "AWS::S3::Accelerate";

    /// <summary>Whether S3 path-style addressing is forced (bool).</summary>
    public const string S3ForcePathStyle = "AWS::S3::ForcePathStyle";

    /// <summary>Whether S3 uses an ARN's region instead of failing when it differs from the client's (bool).</summary>
    public const string S3UseArnRegion = "AWS::S3::UseArnRegion";

    /// <summary>Whether S3 Express session auth is disabled in favour of plain SigV4 (bool).</summary>
    public const string S3DisableExpressSessionAuth = "AWS::S3::DisableS3ExpressSessionAuth";

    /// <summary>Whether S3 Control uses an ARN's region instead of failing when it differs (bool).</summary>
    public const string S3ControlUseArnRegion = "AWS::S3Control::UseArnRegion";

    /// <summary>Whether multi-region access points are disabled (bool).</summary>
    public const string S3DisableMultiRegionAccessPoints = "AWS::S3::DisableMultiRegionAccessPoints";

    /// <summary>The explicit or configured endpoint URL (string).</summary>
    public const string SdkEndpoint = "SDK::Endpoint";

    /// <summary>The account ID from the credentials (string; botocore resolves it lazily).</summary>
    public const string AccountId = "AWS::Auth::AccountId";

    /// <summary>Whether endpoints include the account ID: <c>preferred</c>, <c>disabled</c>, <c>required</c> (string).</summary>
    public const string AccountIdEndpointMode = "AWS::Auth::AccountIdEndpointMode";

    /// <summary>Every known builtIn name.</summary>
    public static IReadOnlyCollection<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Region, UseFips, UseDualStack, StsUseGlobalEndpoint, S3UseGlobalEndpoint, S3Accelerate, S3ForcePathStyle,
        S3UseArnRegion, S3DisableExpressSessionAuth, S3ControlUseArnRegion, S3DisableMultiRegionAccessPoints,
        SdkEndpoint, AccountId, AccountIdEndpointMode,
    };

    /// <summary>Whether <paramref name="name"/> is a builtIn botocore knows.</summary>
    public static bool IsKnown(string name) => ((HashSet<string>)All).Contains(name);
}
