namespace BotoSharp.Auth;

/// <summary>
/// The IMDS settings botocore gathers when it builds the credential chain: <c>metadata_service_timeout</c>,
/// <c>metadata_service_num_attempts</c>, <c>ec2_metadata_service_endpoint</c>, the resolved endpoint mode and
/// <c>ec2_metadata_v1_disabled</c>, plus the legacy user agent sent to IMDS.
/// </summary>
public sealed record InstanceMetadataOptions
{
    /// <summary>Timeout for connecting and for reading, per request (botocore default 1 second).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times each request is tried (botocore default 1).</summary>
    public int NumAttempts { get; init; } = 1;

    /// <summary>A custom endpoint; wins over the endpoint mode.</summary>
    public string? Endpoint { get; init; }

    /// <summary><c>ipv4</c> or <c>ipv6</c>, already validated (see <see cref="ResolveEndpointMode"/>).</summary>
    public string EndpointMode { get; init; } = "ipv4";

    /// <summary>When true, IMDSv1 (no token) is refused and a missing token is an error.</summary>
    public bool V1Disabled { get; init; }

    /// <summary>The User-Agent for IMDS requests (botocore sends the session's legacy user agent).</summary>
    public string? UserAgent { get; init; }

    /// <summary>
    /// The static-stability window: credentials within this (plus 2–10 minutes of jitter) of expiry get their
    /// expiry pushed forward. botocore's fetcher defaults to 10 minutes; the default chain passes 15.
    /// </summary>
    public TimeSpan CredentialRefreshWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// botocore's <c>resolve_imds_endpoint_mode</c>: a configured mode wins (case-insensitive, must be ipv4 or
    /// ipv6), then <c>imds_use_ipv6</c>, else ipv4.
    /// </summary>
    /// <exception cref="Errors.InvalidIMDSEndpointModeError">The configured mode is not ipv4 or ipv6.</exception>
    public static string ResolveEndpointMode(string? configuredMode, bool useIpv6)
    {
        if (configuredMode is not null)
        {
            var lower = configuredMode.ToLowerInvariant();
            if (lower is not ("ipv4" or "ipv6"))
            {
                throw new Errors.InvalidIMDSEndpointModeError(configuredMode, "['ipv4', 'ipv6']");
            }
            return lower;
        }
        return useIpv6 ? "ipv6" : "ipv4";
    }
}
