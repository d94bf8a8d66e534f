namespace BotoSharp.Configuration;

/// <summary>
/// What <see cref="ClientConfigCalculator"/> decided for one client: botocore's <c>config_kwargs</c> (the final
/// <c>client.meta.config</c> options) plus the values botocore keeps beside the config.
/// </summary>
public sealed class ComputedClientConfig
{
    internal ComputedClientConfig(Dictionary<string, object?> options, bool parameterValidation, IReadOnlyDictionary<string, object?>? s3Config,
        bool tcpKeepalive, bool signatureVersionSetInCode, bool authSchemePreferenceSetInCode, IReadOnlyList<string> featureIds)
    {
        Options = options;
        _options = options;
        ParameterValidation = parameterValidation;
        S3Config = s3Config;
        TcpKeepalive = tcpKeepalive;
        SignatureVersionSetInCode = signatureVersionSetInCode;
        AuthSchemePreferenceSetInCode = authSchemePreferenceSetInCode;
        FeatureIds = featureIds;
    }

    /// <summary>The final options by botocore name (botocore's <c>config_kwargs</c>, <c>s3</c> included).</summary>
    public IReadOnlyDictionary<string, object?> Options { get; }

    /// <summary>Whether request parameters are validated (a profile <c>false</c> beats a config <c>true</c>).</summary>
    public bool ParameterValidation { get; }

    /// <summary>The merged S3 options (profile section, then client config), or null.</summary>
    public IReadOnlyDictionary<string, object?>? S3Config { get; }

    /// <summary>Whether sockets get SO_KEEPALIVE (TCP_NODELAY is always on).</summary>
    public bool TcpKeepalive { get; }

    /// <summary>True when the signature version came from the client config in code (botocore's <c>ClientConfigString</c> marker).</summary>
    public bool SignatureVersionSetInCode { get; }

    /// <summary>True when <c>auth_scheme_preference</c> came from the client config in code.</summary>
    public bool AuthSchemePreferenceSetInCode { get; }

    /// <summary>User-agent feature ids registered while computing (checksum modes).</summary>
    public IReadOnlyList<string> FeatureIds { get; }

    /// <summary>The client's final <see cref="ClientConfig"/> (botocore's <c>Config(**config_kwargs)</c>).</summary>
    /// <exception cref="Errors.InvalidS3AddressingStyleError">The merged S3 options carry an invalid addressing style.</exception>
    public ClientConfig ToClientConfig() => ClientConfig.FromFinalOptions(_options);

    // Never changed after Compute returns, so the final config may hold it instead of a copy.
    private readonly Dictionary<string, object?> _options;
}
