namespace BotoSharp.Http;

/// <summary>
/// A read timeout that restarts whenever data moves, like a socket timeout: it cancels <see cref="Token"/> only
/// after <see cref="Timeout"/> passes with no progress. One per attempt.
/// </summary>
internal sealed class IdleTimeout : IDisposable
{
    private readonly CancellationTokenSource _source;

    public IdleTimeout(TimeSpan timeout, CancellationToken callerToken)
    {
        Timeout = timeout;
        _source = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        CallerToken = callerToken;
        Touch();
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
        if (Timeout > TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            try
            {
                _source.CancelAfter(Timeout);
            }
            catch (ObjectDisposedException)
            {
                // The attempt already finished; there is nothing left to time.
            }
        }
    }

    /// <summary>Gives the next wait <paramref name="extra"/> on top of the read timeout (a new connection is being made).</summary>
    public void Extend(TimeSpan extra)
    {
        if (Timeout > TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan && extra > TimeSpan.Zero && extra != System.Threading.Timeout.InfiniteTimeSpan)
        {
            try
            {
                _source.CancelAfter(Timeout + extra);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    /// <summary>Stops the timer for good (a streaming body handed to the caller has its own per-read timer).</summary>
    public void Stop()
    {
        try
        {
            _source.CancelAfter(System.Threading.Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose() => _source.Dispose();
}
