using BotoSharp.Events;
using BotoSharp.Http;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's standard-mode <c>RetryHandler</c>, registered on <c>needs-retry.&lt;service&gt;</c> (unique id
/// <c>retry-config-&lt;service&gt;</c>) with the quota's release on <c>after-call.&lt;service&gt;</c>: answers the
/// seconds to wait before the next attempt, or null for no retry.
/// </summary>
internal sealed class StandardRetryHandler
{
    /// <summary>botocore's <c>DEFAULT_MAX_ATTEMPTS</c>.</summary>
    public const int DefaultMaxAttempts = 3;

    private readonly StandardRetryConditions _conditions;
    private readonly StandardBackoff _backoff;

    public StandardRetryHandler(int maxAttempts, Func<double> random)
    {
        _conditions = new StandardRetryConditions(maxAttempts);
        _backoff = new StandardBackoff(random);
    }

    /// <summary>The client's retry quota.</summary>
    public RetryQuota Quota { get; } = new();

    /// <summary>Registers the handler and the quota release on <paramref name="events"/>, as botocore's <c>register_retry_handler</c>.</summary>
    public void Register(IEventHooks events, string eventServiceId)
    {
        events.Register($"after-call.{eventServiceId}", ReleaseQuota);
        events.Register($"needs-retry.{eventServiceId}", NeedsRetry, uniqueId: $"retry-config-{eventServiceId}");
    }

    /// <summary>botocore's <c>needs_retry</c>.</summary>
    public object? NeedsRetry(IDictionary<string, object?> kwargs) => NeedsRetryFor(RetryContext.FromEvent(kwargs));

    /// <summary><see cref="NeedsRetry"/> on the attempt's outcome itself (the call path
    /// asks this way when only the retry rows listen).</summary>
    public object? NeedsRetryFor(RetryContext context)
    {
        object? delay = null;
        if (_conditions.IsRetryable(context) && Quota.TryAcquire(context))
        {
            delay = _backoff.DelaySeconds(context.AttemptNumber);
        }
        context.CopyMetadataToResponse();
        // botocore returns a DynamoDB body that still fails its CRC-32 after the last attempt as a success; a body
        // that does not match its checksum is never taken as success here (DESIGN-NOTES).
        if (delay is null && StandardRetryConditions.DynamoDbCrc32Mismatch(context) is { } mismatch)
        {
            throw mismatch;
        }
        return delay;
    }

    /// <summary>The quota release row on <c>after-call</c> (internal: the call path recognizes it by this method).</summary>
    internal object? ReleaseQuota(IDictionary<string, object?> kwargs)
    {
        if (kwargs.TryGetValue("context", out var value) && value is IDictionary<string, object?> context
            && kwargs.TryGetValue("http_response", out var response) && response is AwsResponse http)
        {
            Quota.Release(context, http.StatusCode);
        }
        return null;
    }
}
