using BotoSharp.Errors;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's <c>RetryQuota</c> with its <c>RetryQuotaChecker</c>: one bucket of 500 per client; a retry costs 5
/// (10 after a connect or read timeout), a success gives back what its retry took, or 1 when it needed none.
/// </summary>
internal sealed class RetryQuota
{
    public const int InitialCapacity = 500;
    private const int RetryCost = 5;
    private const int TimeoutRetryCost = 10;
    private const int NoRetryIncrement = 1;
    private const string CapacityKey = "retry_quota_capacity";

    private readonly object _gate = new();
    private int _available = InitialCapacity;

    /// <summary>The capacity left.</summary>
    public int AvailableCapacity
    {
        get
        {
            lock (_gate)
            {
                return _available;
            }
        }
    }

    /// <summary>Takes the cost of one retry of <paramref name="context"/>; false (and <c>RetryQuotaReached</c>) when too little is left.</summary>
    public bool TryAcquire(RetryContext context)
    {
        var cost = context.CaughtException is ConnectTimeoutError or ReadTimeoutError ? TimeoutRetryCost : RetryCost;
        lock (_gate)
        {
            if (cost <= _available)
            {
                _available -= cost;
                context.RequestContext[CapacityKey] = cost;
                return true;
            }
        }
        context.AddRetryMetadata("RetryQuotaReached", true);
        return false;
    }

    /// <summary>botocore's <c>release_retry_quota</c> (an <c>after-call</c> handler): a 2xx gives capacity back.</summary>
    public void Release(IDictionary<string, object?> callContext, int? statusCode)
    {
        if (statusCode is not (>= 200 and < 300))
        {
            return;
        }
        var amount = callContext.TryGetValue(CapacityKey, out var taken) && taken is int cost ? cost : NoRetryIncrement;
        lock (_gate)
        {
            _available += Math.Min(InitialCapacity - _available, amount);
        }
    }
}
