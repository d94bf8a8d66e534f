using BotoSharp.Errors;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's <c>StandardRetryConditions</c> (retries/standard.py, special.py): retry while under the attempt limit
/// and the outcome is transient, throttling, modeled as retryable, STS's <c>IDPCommunicationError</c> or a DynamoDB
/// body that does not match its <c>x-amz-crc32</c>.
/// </summary>
internal sealed class StandardRetryConditions
{
    private static readonly HashSet<string> s_transientErrorCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
    };

    private static readonly HashSet<int> s_transientStatusCodes = new() { 500, 502, 503, 504 };

    private static readonly HashSet<string> s_throttledErrorCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    public StandardRetryConditions(int maxAttempts)
    {
        MaxAttempts = maxAttempts;
    }

    public int MaxAttempts { get; }

    /// <summary>botocore's <c>is_retryable</c>: the attempt limit first (it records <c>MaxAttemptsReached</c>), then the kinds.</summary>
    public bool IsRetryable(RetryContext context)
    {
        context.RecordMaxAttempts(MaxAttempts);
        if (context.AttemptNumber >= MaxAttempts)
        {
            context.AddRetryMetadata("MaxAttemptsReached", true);
            return false;
        }
        return IsTransient(context) || IsThrottled(context) || ModeledErrorType(context) is not null
            || IsIdpCommunicationError(context) || DynamoDbCrc32Mismatch(context) is not null;
    }

    /// <summary>botocore's <c>ThrottlingErrorDetector</c>: a fixed throttling code or a modeled throttling error.</summary>
    public static bool IsThrottlingError(RetryContext context) => IsThrottled(context) || ModeledErrorType(context) == ModeledError.Throttling;

    private static bool IsTransient(RetryContext context)
    {
        if (context.ErrorCode is { } code && s_transientErrorCodes.Contains(code))
        {
            return true;
        }
        if (context.HttpResponse is { } response && s_transientStatusCodes.Contains(response.StatusCode))
        {
            return true;
        }
        return context.CaughtException is ConnectionError or HTTPClientError;
    }

    private static bool IsThrottled(RetryContext context) => context.ErrorCode is { } code && s_throttledErrorCodes.Contains(code);

    private static ModeledError? ModeledErrorType(RetryContext context)
    {
        var code = context.ErrorCode;
        if (code is null || context.Operation is null)
        {
            return null;
        }
        foreach (var shape in context.Operation.ErrorShapes)
        {
            if (!shape.Metadata.TryGetValue("retryable", out var retryable) || retryable is null)
            {
                continue;
            }
            var modeledCode = shape.Metadata.TryGetValue("error", out var error) && error?["code"]?.GetValue<string>() is { } c ? c : shape.Name;
            if (code == modeledCode)
            {
                return retryable["throttling"]?.GetValue<bool>() == true ? ModeledError.Throttling : ModeledError.Transient;
            }
        }
        return null;
    }

    private static bool IsIdpCommunicationError(RetryContext context) =>
        context.Operation?.ServiceModel.ServiceName == "sts" && context.ErrorCode == "IDPCommunicationError";

    /// <summary>botocore's <c>RetryDDBChecksumError</c>: the mismatch as a <see cref="ChecksumError"/>, or null when the body matches.</summary>
    public static ChecksumError? DynamoDbCrc32Mismatch(RetryContext context)
    {
        if (context.Operation?.ServiceModel.ServiceName != "dynamodb" || context.HttpResponse is not { } response
            || !response.Headers.TryGetValue("x-amz-crc32", out var expected))
        {
            return null;
        }
        return Crc32Body.Check(expected, response.Body);
    }

    private enum ModeledError
    {
        Transient,
        Throttling,
    }
}
