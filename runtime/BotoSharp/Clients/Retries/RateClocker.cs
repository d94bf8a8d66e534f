namespace BotoSharp.Clients.Retries;

/// <summary>botocore's <c>RateClocker</c>: the measured send rate, smoothed over half-second buckets.</summary>
internal sealed class RateClocker
{
    private const double Smoothing = 0.8;
    private const double TimeBucketScale = 1 / 0.5;

    private readonly Func<double> _now;
    private readonly object _gate = new();
    private double _measuredRate;
    private double _lastBucket;
    private int _count;

    public RateClocker(Func<double> now)
    {
        _now = now;
        _lastBucket = Math.Floor(now());
    }

    /// <summary>The measured rate as of the last response (botocore's <c>measured_rate</c>).</summary>
    public double MeasuredRate
    {
        get
        {
            lock (_gate)
            {
                return _measuredRate;
            }
        }
    }

    /// <summary>Counts one response and returns the measured rate.</summary>
    public double Record()
    {
        lock (_gate)
        {
            var t = _now();
            var bucket = Math.Floor(t * TimeBucketScale) / TimeBucketScale;
            _count++;
            if (bucket > _lastBucket)
            {
                var currentRate = _count / (bucket - _lastBucket);
                _measuredRate = currentRate * Smoothing + _measuredRate * (1 - Smoothing);
                _count = 0;
                _lastBucket = bucket;
            }
            return _measuredRate;
        }
    }
}
