namespace BotoSharp.Http;

/// <summary>
/// A read timeout that restarts whenever data moves, like a socket timeout: it cancels <see cref="Token"/> only
/// after <see cref="Timeout"/> passes with no progress. One per attempt.
/// </summary>
/// <remarks>
/// Progress only records a timestamp; the one timer checks it when it fires and sleeps again for what is left. So a
/// call that reads its body in a few chunks re-arms no timer (re-arming takes the timer queue's lock each time).
/// </remarks>
internal sealed class IdleTimeout : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly ITimer? _timer;
    // Milliseconds of the coarse monotonic clock (TickCount64): it is read on every request and every body read, and a
    // few milliseconds of resolution are nothing beside a read timeout (the timer itself fires no finer).
    private long _lastProgress = Environment.TickCount64;
    private long _extraMilliseconds;
    private volatile bool _stopped;

    public IdleTimeout(TimeSpan timeout, CancellationToken callerToken)
    {
        Timeout = timeout;
        _source = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        CallerToken = callerToken;
        if (timeout > TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            _timer = TimeProvider.System.CreateTimer(static state => ((IdleTimeout)state!).OnTimer(), this, timeout, System.Threading.Timeout.InfiniteTimeSpan);
        }
    }

    public TimeSpan Timeout { get; }

    /// <summary>The caller's own token, to tell a caller cancellation from a timeout.</summary>
    public CancellationToken CallerToken { get; }

    /// <summary>Cancelled by the caller or by the timeout.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the timeout (not the caller) cancelled <see cref="Token"/>.</summary>
    public bool TimedOut => _source.IsCancellationRequested && !CallerToken.IsCancellationRequested;

    /// <summary>Records progress: the timeout starts again from now.</summary>
    public void Touch()
    {
        Interlocked.Exchange(ref _extraMilliseconds, 0);
        Volatile.Write(ref _lastProgress, Environment.TickCount64);
    }

    /// <summary>Gives the next wait <paramref name="extra"/> on top of the read timeout (a new connection is being made).</summary>
    public void Extend(TimeSpan extra)
    {
        if (_timer is not null && extra > TimeSpan.Zero && extra != System.Threading.Timeout.InfiniteTimeSpan)
        {
            Volatile.Write(ref _lastProgress, Environment.TickCount64);
            Interlocked.Exchange(ref _extraMilliseconds, (long)extra.TotalMilliseconds);
        }
    }

    /// <summary>Stops the timer for good (a streaming body handed to the caller has its own per-read timer).</summary>
    public void Stop()
    {
        _stopped = true;
        try
        {
            _timer?.Change(System.Threading.Timeout.InfiniteTimeSpan, System.Threading.Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The attempt already finished; there is nothing left to time.
        }
    }

    public void Dispose()
    {
        _stopped = true;
        _timer?.Dispose();
        _source.Dispose();
    }

    // Fires when the last progress may be a whole timeout old: cancel if it is, else sleep for what is left.
    private void OnTimer()
    {
        if (_stopped)
        {
            return;
        }
        var idle = TimeSpan.FromMilliseconds(Environment.TickCount64 - Volatile.Read(ref _lastProgress));
        var allowed = Timeout + TimeSpan.FromMilliseconds(Interlocked.Read(ref _extraMilliseconds));
        try
        {
            if (idle >= allowed)
            {
                _source.Cancel();
            }
            else
            {
                _timer!.Change(allowed - idle, System.Threading.Timeout.InfiniteTimeSpan);
            }
        }
        catch (ObjectDisposedException)
        {
            // The attempt finished while the timer fired.
        }
    }
}
