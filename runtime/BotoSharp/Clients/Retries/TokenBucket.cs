namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's <c>TokenBucket</c> (retries/bucket.py): capacity refills at the fill rate up to the max rate; a send
/// takes one token, waiting (asynchronously, through the client's <see cref="TimeProvider"/>) until one is there.
/// </summary>
internal sealed class TokenBucket
{
    private const double MinRate = 0.5;

    private readonly Func<double> _now;
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private double _fillRate;
    private double _maxCapacity;
    private double _currentCapacity;
    private double? _lastTimestamp;

    public TokenBucket(double maxRate, Func<double> now, TimeProvider clock)
    {
        _now = now;
        _clock = clock;
        MaxRate = maxRate;
    }

    /// <summary>The fill rate (tokens per second); setting it also sets the capacity, as botocore's setter.</summary>
    public double MaxRate
    {
        get
        {
            lock (_gate)
            {
                return _fillRate;
            }
        }
        set
        {
            lock (_gate)
            {
                Refill();
                _fillRate = Math.Max(value, MinRate);
                _maxCapacity = value >= 1 ? value : 1;
                _currentCapacity = Math.Min(_currentCapacity, _maxCapacity);
            }
        }
    }

    /// <summary>The tokens in the bucket as of its last refill (botocore's <c>available_capacity</c>).</summary>
    public double AvailableCapacity
    {
        get
        {
            lock (_gate)
            {
                return _currentCapacity;
            }
        }
    }

    /// <summary>Takes one token, waiting for the refill when there is none.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            double wait;
            lock (_gate)
            {
                Refill();
                if (_currentCapacity >= 1)
                {
                    _currentCapacity -= 1;
                    return;
                }
                wait = (1 - _currentCapacity) / _fillRate;
            }
            // Whole milliseconds, rounded up, at least one: Task.Delay truncates to milliseconds, so a shorter wait
            // would be a zero delay that spins until the clock moves (for ever on a clock moved only by its timers).
            var milliseconds = Math.Max(1, Math.Ceiling(wait * 1000));
            await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), _clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Refill()
    {
        var timestamp = _now();
        if (_lastTimestamp is not { } last)
        {
            _lastTimestamp = timestamp;
            return;
        }
        _currentCapacity = Math.Min(_maxCapacity, _currentCapacity + (timestamp - last) * _fillRate);
        _lastTimestamp = timestamp;
    }
}
