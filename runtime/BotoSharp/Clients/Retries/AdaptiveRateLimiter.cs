using BotoSharp.Events;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's <c>ClientRateLimiter</c> (retries/adaptive.py): after the first throttle, every send waits for a token;
/// every response moves the token bucket's rate along the CUBIC curve (down on a throttle, up on a success), capped
/// at twice the measured send rate.
/// </summary>
internal sealed class AdaptiveRateLimiter
{
    private const double MaxRateAdjustScale = 2.0;

    private readonly Func<double> _now;
    private readonly CubicCalculator _rateAdjustor;
    private readonly RateClocker _rateClocker;
    private readonly object _gate = new();
    private bool _enabled;

    public AdaptiveRateLimiter(TimeProvider clock)
    {
        _now = () => (clock.GetUtcNow() - DateTimeOffset.UnixEpoch).TotalSeconds;
        _rateAdjustor = new CubicCalculator(0, _now());
        Bucket = new TokenBucket(1, _now, clock);
        _rateClocker = new RateClocker(_now);
    }

    /// <summary>The token bucket sends wait on.</summary>
    public TokenBucket Bucket { get; }

    /// <summary>The smoothed send rate the last response measured.</summary>
    public double MeasuredRate => _rateClocker.MeasuredRate;

    /// <summary>Whether a throttle has switched the limiter on.</summary>
    public bool Enabled
    {
        get
        {
            lock (_gate)
            {
                return _enabled;
            }
        }
    }

    /// <summary>Registers the response side on the generic <c>needs-retry</c> event, as botocore does.</summary>
    public void Register(IEventHooks events) => events.Register("needs-retry", OnReceivingResponse);

    /// <summary>botocore's <c>on_sending_request</c> (a <c>before-send</c> handler there; awaited by the send stage here).</summary>
    public ValueTask OnSendingRequestAsync(CancellationToken cancellationToken) =>
        Enabled ? Bucket.AcquireAsync(cancellationToken) : ValueTask.CompletedTask;

    /// <summary>botocore's <c>on_receiving_response</c>.</summary>
    public object? OnReceivingResponse(IDictionary<string, object?> kwargs)
    {
        var measuredRate = _rateClocker.Record();
        var timestamp = _now();
        var throttled = StandardRetryConditions.IsThrottlingError(RetryContext.FromEvent(kwargs));
        lock (_gate)
        {
            double newRate;
            if (!throttled)
            {
                newRate = _rateAdjustor.SuccessReceived(timestamp);
            }
            else
            {
                var rateToUse = _enabled ? Math.Min(measuredRate, Bucket.MaxRate) : measuredRate;
                newRate = _rateAdjustor.ErrorReceived(rateToUse, timestamp);
                _enabled = true;
            }
            Bucket.MaxRate = Math.Min(newRate, MaxRateAdjustScale * measuredRate);
        }
        return null;
    }
}
