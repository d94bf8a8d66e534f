using BotoSharp.Configuration;
using BotoSharp.Endpoints.Legacy;

namespace BotoSharp.Clients;

/// <summary>
/// What <c>CreateClient</c> computes before building a client (botocore's <c>ClientArgsCreator.compute_client_args</c>
/// and <c>get_client_args</c> results): the final configuration and the per-call settings derived from it.
/// </summary>
internal sealed record ClientArgs
{
    /// <summary>The final <c>client.meta.config</c>.</summary>
    public required ClientConfig FinalConfig { get; init; }

    /// <summary>The legacy endpoint decision (region, URL, signing name and region, signature version).</summary>
    public required LegacyEndpoint Legacy { get; init; }

    /// <summary>The effective <c>s3</c> section (store section updated by <c>ClientConfig.S3</c>).</summary>
    public required IReadOnlyDictionary<string, object?> S3Config { get; init; }

    /// <summary>Whether parameters are validated before serialization.</summary>
    public required bool ParameterValidation { get; init; }

    /// <summary>Whether <c>endpoint.hostPrefix</c> is injected.</summary>
    public required bool InjectHostPrefix { get; init; }

    /// <summary><c>when_supported</c> or <c>when_required</c>.</summary>
    public required string RequestChecksumCalculation { get; init; }

    /// <summary><c>when_supported</c> or <c>when_required</c>.</summary>
    public required string ResponseChecksumValidation { get; init; }

    /// <summary>Request compression is off.</summary>
    public required bool DisableRequestCompression { get; init; }

    /// <summary>The smallest body that is compressed.</summary>
    public required long RequestMinCompressionSizeBytes { get; init; }

    /// <summary><c>preferred</c>, <c>disabled</c> or <c>required</c>.</summary>
    public required string AccountIdEndpointMode { get; init; }

    /// <summary>The retry mode (<c>legacy</c>, <c>standard</c>, <c>adaptive</c>).</summary>
    public required string RetryMode { get; init; }

    /// <summary>The explicit or configured endpoint URL, or null when the endpoint comes from resolution.</summary>
    public required string? ClientEndpointUrl { get; init; }

    /// <summary>The <c>useSsl</c> argument.</summary>
    public required bool UseSsl { get; init; }

    /// <summary>The signature version set in code or in the profile's service section, or null.</summary>
    public required string? ConfiguredSignatureVersion { get; init; }

    /// <summary>The region the rule set sees as <c>AWS::Region</c>.</summary>
    public required string? RulesetRegion { get; init; }
}
