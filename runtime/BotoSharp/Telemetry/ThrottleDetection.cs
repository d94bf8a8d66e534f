using System.Text;
using BotoSharp.Http;

namespace BotoSharp.Telemetry;

/// <summary>Whether an attempt's response is a throttling error, by botocore's list of throttling codes.</summary>
internal static class ThrottleDetection
{
    // botocore.retries.standard.ThrottledRetryableChecker's codes.
    private static readonly string[] s_codes =
    [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    ];

    /// <summary>The throttling code (or <c>429</c>) the response carries, or null when it is not throttled.</summary>
    public static string? ErrorCode(AwsResponse response)
    {
        if (response.StatusCode < 400)
        {
            return null;
        }
        // JSON protocols name the code in a header; query/XML/JSON bodies name it in the (small) error body.
        var header = response.Headers["x-amzn-ErrorType"];
        var body = response.Body is { Count: > 0 and < 64 * 1024 } bytes ? Encoding.UTF8.GetString(bytes) : string.Empty;
        foreach (var code in s_codes)
        {
            if ((header is not null && (header == code || header.StartsWith(code + ":", StringComparison.Ordinal)))
                || body.Contains("<Code>" + code + "</Code>", StringComparison.Ordinal)
                || body.Contains("\"" + code + "\"", StringComparison.Ordinal)
                || body.Contains("#" + code + "\"", StringComparison.Ordinal))
            {
                return code;
            }
        }
        return response.StatusCode == 429 ? "429" : null;
    }
}
