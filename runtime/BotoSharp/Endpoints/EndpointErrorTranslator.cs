using BotoSharp.Errors;

namespace BotoSharp.Endpoints;

/// <summary>
/// botocore's <c>ruleset_error_to_botocore_exception</c>: some rule-set messages of s3, s3control and events
/// are raised as the older, more specific exceptions (matched by message text). The original error should be
/// the inner exception, as botocore chains it.
/// </summary>
public static class EndpointErrorTranslator
{
    /// <summary>The translated exception, or null when botocore raises the rule-set error as is.</summary>
    /// <param name="error">The provider's error.</param>
    /// <param name="serviceName">The model's service name (<c>s3</c>, <c>s3control</c>, <c>events</c>…).</param>
    /// <param name="parameters">The parameters the provider was called with (s3control reads <c>Bucket</c>).</param>
    public static BotoCoreError? Translate(
        EndpointProviderError error, string serviceName, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(parameters);
        var msg = error.Msg;
        if (msg is null)
        {
            return null;
        }
        if (msg.StartsWith("Invalid region in ARN: ", StringComparison.Ordinal))
        {
            var pieces = msg.Split('`');
            return new InvalidHostLabelError(pieces.Length > 1 ? pieces[1] : msg, error);
        }
        switch (serviceName)
        {
            case "s3":
                if (msg is "S3 Object Lambda does not support S3 Accelerate" or "Accelerate cannot be used with FIPS")
                {
                    return new UnsupportedS3ConfigurationError(msg, error);
                }
                if (StartsWithAny(msg, "S3 Outposts does not support", "S3 MRAP does not support",
                        "S3 Object Lambda does not support", "Access Points do not support", "Invalid configuration:",
                        "Client was configured for partition"))
                {
                    return new UnsupportedS3AccesspointConfigurationError(msg, error);
                }
                if (msg.ToLowerInvariant().StartsWith("invalid arn:", StringComparison.Ordinal))
                {
                    return new ParamValidationError(msg, error);
                }
                break;
            case "s3control":
                if (msg.StartsWith("Invalid ARN:", StringComparison.Ordinal))
                {
                    parameters.TryGetValue("Bucket", out var arn);
                    return new UnsupportedS3ControlArnError(arn as string, msg, error);
                }
                if (StartsWithAny(msg, "Invalid configuration:", "Client was configured for partition"))
                {
                    return new UnsupportedS3ControlConfigurationError(msg, error);
                }
                if (msg == "AccountId is required but not set")
                {
                    return new ParamValidationError(msg, error);
                }
                break;
            case "events":
                if (msg.StartsWith("Invalid Configuration: FIPS is not supported with EventBridge multi-region endpoints.",
                        StringComparison.Ordinal)
                    || msg == "EndpointId must be a valid host label.")
                {
                    return new InvalidEndpointConfigurationError(msg, error);
                }
                break;
        }
        return null;
    }

    private static bool StartsWithAny(string text, params string[] prefixes) =>
        prefixes.Any(prefix => text.StartsWith(prefix, StringComparison.Ordinal));
}
