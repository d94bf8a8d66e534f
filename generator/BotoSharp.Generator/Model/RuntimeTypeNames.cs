using System.Collections.Generic;

namespace BotoSharp.Generator.Model;

/// <summary>
/// The public type names of the runtime namespaces a consumer imports beside a service's namespace: <c>BotoSharp</c>
/// (the session and client base) and <c>BotoSharp.Errors</c> (botocore's exceptions, caught by name). A generated
/// type never takes one of these names. A generator test compares this list with the runtime assembly, so it cannot
/// drift.
/// </summary>
internal static class RuntimeTypeNames
{
    private static readonly HashSet<string> s_names = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "AliasConflictParameterError", "ApiVersionNotFoundError", "AwsChunkedWrapperError", "BaseClient",
        "BaseEndpointResolverError", "BotoCoreError", "CapacityNotAvailableError", "ChecksumError", "ClientError",
        "ConfigNotFound", "ConfigParseError", "ConnectTimeoutError", "ConnectionClosedError", "ConnectionError",
        "CredentialRetrievalError", "DataFileParseError", "DataNotFoundError", "EndpointConnectionError", "EndpointDiscoveryException", "EndpointDiscoveryRefreshFailed", "EndpointDiscoveryRequired",
        "EndpointProviderError", "EndpointResolutionError", "EndpointVariantError", "EventStreamError",
        "FlexibleChecksumError", "HTTPClientError", "IClientPipeline", "IncompleteReadError", "InfiniteLoopConfigError",
        "InvalidChecksumConfigError", "InvalidConfigError", "InvalidDNSNameError", "InvalidDefaultsMode",
        "InvalidEndpointConfigurationError", "InvalidEndpointDiscoveryConfigurationError", "InvalidExpressionError",
        "InvalidHostLabelError", "InvalidIMDSEndpointError", "InvalidIMDSEndpointModeError",
        "InvalidMaxRetryAttemptsError", "InvalidProxiesConfigError", "InvalidRegionError",
        "InvalidRetryConfigurationError", "InvalidRetryModeError", "InvalidS3AddressingStyleError",
        "InvalidS3UsEast1RegionalEndpointConfigError", "InvalidSTSRegionalEndpointsConfigError", "InvalidShapeError",
        "InvalidShapeReferenceError", "LoginAuthorizationCodeError", "LoginError", "LoginInsufficientPermissions",
        "LoginRefreshRequired", "LoginTokenLoadError", "MD5UnavailableError", "MetadataRetrievalError",
        "MissingDependencyException", "MissingParametersError", "MissingServiceIdError", "NoAuthTokenError",
        "NoCredentialsError", "NoRegionError", "NoShapeFoundError", "OperationNotFoundError",
        "OperationNotPageableError", "PaginationError", "ParamValidationError", "PartialCredentialsError",
        "ProfileNotFound", "ProxyConnectionError", "RangeError", "ReadTimeoutError", "RefreshWithMFAUnsupportedError",
        "ResponseParserError", "ResponseStreamingError", "SSLError", "SSOError", "SSOTokenLoadError",
        "SerializationError", "ServiceNotInRegionError", "Session", "StubAssertionError", "StubResponseError", "TokenRetrievalError",
        "UnStubbedResponseError", "UnauthorizedSSOTokenError", "UndefinedModelAttributeError",
        "UnknownClientMethodError", "UnknownCredentialError", "UnknownEndpointError",
        "UnknownEndpointResolutionBuiltInName", "UnknownFIPSEndpointError", "UnknownKeyError",
        "UnknownParameterError", "UnknownRegionError", "UnknownServiceError", "UnknownServiceStyle",
        "UnknownSignatureVersionError", "UnseekableStreamError", "UnsupportedOutpostResourceError",
        "UnsupportedProtocolError", "UnsupportedS3AccesspointConfigurationError", "UnsupportedS3ArnError",
        "UnsupportedS3ConfigurationError", "UnsupportedS3ControlArnError", "UnsupportedS3ControlConfigurationError",
        "UnsupportedServiceProtocolsError", "UnsupportedSignatureVersionError", "ValidationError",
        "WaiterConfigError", "WaiterError",
    };

    /// <summary>The namespaces whose public types are listed.</summary>
    public static IReadOnlyList<string> Namespaces { get; } = new[] { "BotoSharp", "BotoSharp.Errors" };

    /// <summary>Whether <paramref name="typeName"/> is a public type of one of <see cref="Namespaces"/>.</summary>
    public static bool Contains(string typeName) => s_names.Contains(typeName);

    /// <summary>The listed names (for the drift test).</summary>
    public static IEnumerable<string> All => s_names;
}
