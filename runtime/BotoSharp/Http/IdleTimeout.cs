namespace BotoSharp.Http;

/// <summary>
/// A read timeout that restarts whenever data moves, like a socket timeout: it cancels <see cref="Token"/> only
/// after <see cref="Timeout"/> passes with no progress. One attempt uses one at a time; a transport keeps one finished
/// instance to start the next attempt with (<see cref="Rent"/>/<see cref="Release"/>).
/// </summary>
/// <remarks>
/// Progress only records a timestamp; the one timer checks it when it fires and sleeps again for what is left. So a
/// call that reads its body in a few chunks re-arms no timer (re-arming takes the timer queue's lock each time). For
/// the same reason a finished attempt leaves the timer pending, and the next attempt re-arms it only when it would
/// fire later than the new attempt's timeout: firing for a stopped instance does nothing, and firing early for a
/// running one sleeps again for what is left, so every attempt still times out exactly one timeout after its last
/// progress.
/// Reusing an instance saves an attempt its timer and cancellation source (~300 bytes); the caller's token is
/// linked by a registration that the release removes. Only an attempt that ended normally hands its instance back,
/// and only while nothing else may still hold it (see <see cref="Release"/>).
/// </remarks>
internal sealed class IdleTimeout : IDisposable
{
    private static readonly TimeSpan s_longestKeptWait = TimeSpan.FromDays(20);

    private readonly CancellationTokenSource _source = new();
    private readonly ITimer? _timer;
    // Orders a firing timer and the connect callback against the start and release of an attempt.
    private readonly object _gate = new();
    private CancellationTokenRegistration _callerRegistration;
    // The request message of the current attempt: a connection attempt that outlives its request (the handler lets
    // it finish for the pool) names that message, so it cannot touch the attempt this instance serves next.
    private object? _owner;
    // Milliseconds of the coarse monotonic clock (TickCount64): it is read on every request and every body read, and a
    // few milliseconds of resolution are nothing beside a read timeout (the timer itself fires no finer).
    private long _lastProgress;
    private long _extraMilliseconds;
    private volatile bool _stopped = true;
    // Whether the timer is pending, and when it is due: the low 32 bits of TickCount64, compared by their difference
    // (an int fits beside the flags, so a new instance per streamed attempt is no larger); both under _gate.
    private bool _armed;
    private int _dueAt;

    public IdleTimeout(TimeSpan timeout, CancellationToken callerToken)
        : this(timeout)
    {
        Start(callerToken);
    }

    private IdleTimeout(TimeSpan timeout)
    {
        Timeout = timeout;
        if (timeout > TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            _timer = TimeProvider.System.CreateTimer(static state => ((IdleTimeout)state!).OnTimer(), this,
                System.Threading.Timeout.InfiniteTimeSpan, System.Threading.Timeout.InfiniteTimeSpan);
        }
    }

    public TimeSpan Timeout { get; }

    /// <summary>The caller's own token, to tell a caller cancellation from a timeout.</summary>
    public CancellationToken CallerToken { get; private set; }

    /// <summary>Cancelled by the caller or by the timeout.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the timeout (not the caller) cancelled <see cref="Token"/>.</summary>
    public bool TimedOut => _source.IsCancellationRequested && !CallerToken.IsCancellationRequested;

    /// <summary>The kept instance of <paramref name="spare"/> (when its timeout is <paramref name="timeout"/>) or a new one, started.</summary>
    public static IdleTimeout Rent(ref IdleTimeout? spare, TimeSpan timeout, CancellationToken callerToken)
    {
        var kept = Interlocked.Exchange(ref spare, null);
        var instance = kept is not null && kept.Timeout == timeout ? kept : new IdleTimeout(timeout);
        if (kept is not null && !ReferenceEquals(kept, instance))
        {
            kept.Dispose();
        }
        instance.Start(callerToken);
        return instance;
    }

    /// <summary>Names the request message this attempt times, the one a connect callback will name.</summary>
    public void TimesFor(object owner)
    {
        lock (_gate)
        {
            _owner = owner;
        }
    }

    /// <summary>
    /// Ends the attempt: the instance goes back to <paramref name="spare"/> when it was not cancelled and
    /// <paramref name="reusable"/> (nothing outside the transport kept a reference), else it is disposed.
    /// </summary>
    public void Release(ref IdleTimeout? spare, bool reusable)
    {
        if (!reusable)
        {
            Dispose();
            return;
        }
        lock (_gate)
        {
            // The timer stays pending (see the remarks): when it fires for a stopped instance it does nothing.
            _stopped = true;
            _owner = null;
        }
        // Waits for a caller cancellation that is running; that one leaves the source cancelled, so it is not kept.
        _callerRegistration.Dispose();
        _callerRegistration = default;
        if (!_source.TryReset() || Interlocked.CompareExchange(ref spare, this, null) is not null)
        {
            Dispose();
        }
    }

    /// <summary>Records progress: the timeout starts again from now.</summary>
    public void Touch()
    {
        Interlocked.Exchange(ref _extraMilliseconds, 0);
        Volatile.Write(ref _lastProgress, Environment.TickCount64);
    }

    /// <summary>Records progress of a new connection made for <paramref name="owner"/>, if this still times that request.</summary>
    public void TouchFor(object owner)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_owner, owner))
            {
                Touch();
            }
        }
    }

    /// <summary>
    /// Gives the next wait <paramref name="extra"/> on top of the read timeout (a new connection is being made for
    /// <paramref name="owner"/>), if this still times that request.
    /// </summary>
    public void Extend(TimeSpan extra, object owner)
    {
        lock (_gate)
        {
            if (_timer is not null && ReferenceEquals(_owner, owner) && extra > TimeSpan.Zero && extra != System.Threading.Timeout.InfiniteTimeSpan)
            {
                Volatile.Write(ref _lastProgress, Environment.TickCount64);
                Interlocked.Exchange(ref _extraMilliseconds, (long)extra.TotalMilliseconds);
            }
        }
    }

    /// <summary>Stops the timer for good (a streaming body handed to the caller has its own per-read timer).</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            _armed = false;
        }
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
        _callerRegistration.Dispose();
        _source.Dispose();
    }

    private void Start(CancellationToken callerToken)
    {
        CallerToken = callerToken;
        // Linked as CreateLinkedTokenSource would: an already cancelled caller token cancels at once.
        _callerRegistration = callerToken.CanBeCanceled
            ? callerToken.UnsafeRegister(static state => ((IdleTimeout)state!).CancelForCaller(), this)
            : default;
        lock (_gate)
        {
            _extraMilliseconds = 0;
            _lastProgress = Environment.TickCount64;
            _stopped = false;
            var due = _lastProgress + (long)Timeout.TotalMilliseconds;
            if (_timer is not null && (!_armed || unchecked(_dueAt - (int)due) > 0))
            {
                Arm(Timeout, due);
            }
        }
    }

    // Under _gate. Past ~24 days the 32-bit difference no longer orders two due times, so so long a wait is not
    // remembered as pending and the next start arms the timer again, as before.
    private void Arm(TimeSpan wait, long due)
    {
        _armed = wait < s_longestKeptWait;
        _dueAt = unchecked((int)due);
        _timer!.Change(wait, System.Threading.Timeout.InfiniteTimeSpan);
    }

    private void CancelForCaller()
    {
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The attempt already finished.
        }
    }

    // Fires when the last progress may be a whole timeout old: cancel if it is, else sleep for what is left.
    private void OnTimer()
    {
        lock (_gate)
        {
            _armed = false;
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
                    Arm(allowed - idle, Environment.TickCount64 + (long)(allowed - idle).TotalMilliseconds);
                }
            }
            catch (ObjectDisposedException)
            {
                // The attempt finished while the timer fired.
            }
        }
    }
}
