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
            // At least one tick, rounded up: a shortfall below a tick would otherwise be a zero delay that lets no
            // time pass on a clock that moves only with its timers, and the loop would never end.
            var ticks = Math.Max(1, (long)Math.Ceiling(wait * TimeSpan.TicksPerSecond));
            await Task.Delay(TimeSpan.FromTicks(ticks), _clock, cancellationToken).ConfigureAwait(false);
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
