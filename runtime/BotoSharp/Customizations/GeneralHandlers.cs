using BotoSharp.Configuration;
using BotoSharp.Http;
using BotoSharp.Signing;

namespace BotoSharp.Customizations;

/// <summary>
/// botocore's handlers that apply to every service: idempotency tokens, the response-validation mode member, the
/// Lambda recursion-detection header, the API version header of endpoint-discovery operations, the operations
/// that are never signed, and the signer each operation's auth type asks for.
/// </summary>
public static class GeneralHandlers
{
    private static readonly string[] s_unsignedOperations =
    {
        "cognito-identity.GetId", "cognito-identity.GetOpenIdToken", "cognito-identity.UnlinkIdentity",
        "cognito-identity.GetCredentialsForIdentity", "sts.AssumeRoleWithSAML", "sts.AssumeRoleWithWebIdentity",
    };

    /// <summary>The rows, in botocore's registration order.</summary>
    public static IEnumerable<HandlerRow> Rows()
    {
        yield return new("before-parameter-build", GenerateIdempotentUuid);
        yield return new("before-parameter-build", HandleRequestValidationModeMember);
        yield return new("before-call", AddRecursionDetectionHeader);
        yield return new("request-created", AddRetryHeaders);
        foreach (var operation in s_unsignedOperations)
        {
            yield return new("choose-signer." + operation, DisableSigning);
        }
        yield return new("choose-signer", SetOperationSpecificSigner);
    }

    /// <summary>botocore's last row, <c>inject_api_version_header_if_needed</c> (registered after every other row).</summary>
    public static IEnumerable<HandlerRow> LastRows()
    {
        yield return new("before-call", InjectApiVersionHeaderIfNeeded);
    }

    /// <summary>The source of idempotency tokens (botocore's <c>uuid.uuid4</c>); tests may fix it.</summary>
    internal static Func<string> NewToken { get; set; } = () => Guid.NewGuid().ToString();

    /// <summary>botocore's <c>generate_idempotent_uuid</c>: each idempotency-token member the caller left out gets a new UUID.</summary>
    public static object? GenerateIdempotentUuid(IDictionary<string, object?> kwargs)
    {
        var parameters = HandlerArgs.ApiParams(kwargs);
        var members = HandlerArgs.Model(kwargs).IdempotentMembers;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (!parameters.ContainsKey(member))
            {
                parameters[member] = NewToken();
            }
        }
        return null;
    }

    /// <summary>
    /// botocore's <c>_handle_request_validation_mode_member</c>: with <c>response_checksum_validation =
    /// when_supported</c>, the operation's validation-mode member defaults to <c>ENABLED</c>.
    /// </summary>
    public static object? HandleRequestValidationModeMember(IDictionary<string, object?> kwargs)
    {
        if (HandlerArgs.Context(kwargs)?.Get("client_config") is not ClientConfig config)
        {
            return null;
        }
        var member = HandlerArgs.Model(kwargs).RequestValidationModeMember;
        if (member is not null && config.ResponseChecksumValidation == "when_supported")
        {
            HandlerArgs.ApiParams(kwargs).TryAdd(member, "ENABLED");
        }
        return null;
    }

    /// <summary>
    /// botocore's <c>add_recursion_detection_header</c>: inside Lambda (<c>AWS_LAMBDA_FUNCTION_NAME</c> and
    /// <c>_X_AMZN_TRACE_ID</c> set) the trace id goes out as <c>X-Amzn-Trace-Id</c> unless the caller set one.
    /// </summary>
    public static object? AddRecursionDetectionHeader(IDictionary<string, object?> kwargs)
    {
        AddRecursionDetectionHeader(HandlerArgs.RequestDict(kwargs).Headers);
        return null;
    }

    /// <summary>The row's work on the request's headers (the call path calls it directly when only rows listen).</summary>
    internal static void AddRecursionDetectionHeader(HttpHeaderList headers)
    {
        // botocore reads os.environ, the process environment, not the session's, on every call. Outside Lambda the
        // trace id is never used, so it is read only inside (reading the environment has no side effect).
        if (Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME") is not null
            && Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID") is { Length: > 0 } traceId && !headers.Contains("X-Amzn-Trace-Id"))
        {
            headers.Set("X-Amzn-Trace-Id", AwsUriEncoding.Quote(traceId, "-=;:+&[]{}\"',"));
        }
    }

    /// <summary>The request-context key by which <see cref="AddRetryHeaders"/> asks the sign stage for the headers.</summary>
    public const string RetryHeadersRequested = "botosharp_add_retry_headers";

    /// <summary>
    /// botocore's <c>add_retry_headers</c> (<c>amz-sdk-invocation-id</c>, <c>amz-sdk-request</c>). botocore runs it
    /// after its signer on the same event, so the headers are never signed; here the row asks the sign stage to add
    /// them once the request is signed.
    /// </summary>
    public static object? AddRetryHeaders(IDictionary<string, object?> kwargs)
    {
        if (kwargs.Get("request") is Http.AwsRequest request)
        {
            RequestRetryHeaders(request);
        }
        return null;
    }

    /// <summary>The row's work on the attempt's request (the call path calls it directly when only rows listen).</summary>
    internal static void RequestRetryHeaders(Http.AwsRequest request) => request.Context[RetryHeadersRequested] = Clients.Stages.BoxedValues.Of(true);

    /// <summary>botocore's <c>inject_api_version_header_if_needed</c>: endpoint-discovery operations send <c>x-amz-api-version</c>.</summary>
    public static object? InjectApiVersionHeaderIfNeeded(IDictionary<string, object?> kwargs)
    {
        var model = HandlerArgs.Model(kwargs);
        if (model.IsEndpointDiscoveryOperation)
        {
            HandlerArgs.RequestDict(kwargs).Headers.Set("x-amz-api-version", model.ServiceModel.ApiVersion);
        }
        return null;
    }

    /// <summary>The row's work (the call path calls it directly when only rows listen).</summary>
    internal static void InjectApiVersionHeaderIfNeeded(Models.OperationModel model, Http.AwsRequest request)
    {
        if (model.IsEndpointDiscoveryOperation)
        {
            request.Headers.Set("x-amz-api-version", model.ServiceModel.ApiVersion);
        }
    }

    /// <summary>
    /// botocore's <c>set_operation_specific_signer</c>: the operation's resolved auth type picks the signer
    /// (<c>none</c> unsigned, <c>bearer</c>, SigV4 or its S3 flavour). Without this row the auth type itself is the
    /// signature version, so <c>none</c> is an unknown signer and S3 signs with plain SigV4, as in botocore.
    /// </summary>
    public static object? SetOperationSpecificSigner(IDictionary<string, object?> kwargs) =>
        HandlerArgs.Context(kwargs) is { } context && kwargs.Get("signing_name") is string signingName
            ? OperationSignerSelection.Choose(context, signingName)
            : null;

    /// <summary>botocore's <c>disable_signing</c>: the operation is sent unsigned.</summary>
    public static object? DisableSigning(IDictionary<string, object?> kwargs) => SignatureVersions.Unsigned;
}
