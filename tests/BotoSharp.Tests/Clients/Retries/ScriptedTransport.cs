using BotoSharp.Http;

namespace BotoSharp.Tests.Clients.Retries;

/// <summary>A transport that answers each attempt from a script (a response or an exception) and records every request.</summary>
internal sealed class ScriptedTransport : IHttpTransport
{
    private readonly Queue<Func<AwsRequest, AwsResponse>> _script = new();

    public List<AwsRequest> Requests { get; } = new();

    public ScriptedTransport Respond(int status, string body, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(request =>
        {
            var list = new HttpHeaderList();
            foreach (var (name, value) in headers)
            {
                list.Add(name, value);
            }
            return new AwsResponse(request.Url, status, list, System.Text.Encoding.UTF8.GetBytes(body), null);
        });
        return this;
    }

    public ScriptedTransport Throw(Exception error)
    {
        _script.Enqueue(_ => throw error);
        return this;
    }

    public Task<AwsResponse> SendAsync(AwsRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        if (_script.Count == 0)
        {
            throw new InvalidOperationException($"The script has no answer for attempt {Requests.Count}.");
        }
        return Task.FromResult(_script.Dequeue()(request));
    }
}

/// <summary>A clock whose timers fire at once, recording each wait, so backoff is exact and tests are fast.</summary>
internal sealed class RecordingClock : TimeProvider
{
    /// <summary>Where every such clock starts (botocore-side scripts start their fake clocks there too).</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private DateTimeOffset _now = Start;

    public List<TimeSpan> Waits { get; } = new();

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock on without a wait (time spent elsewhere, such as a response on its way).</summary>
    public void Advance(TimeSpan by) => _now += by;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Waits.Add(dueTime);
        _now += dueTime;
        return new ImmediateTimer(callback, state);
    }

    private sealed class ImmediateTimer : ITimer
    {
        public ImmediateTimer(TimerCallback callback, object? state) => ThreadPool.QueueUserWorkItem(_ => callback(state));

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
