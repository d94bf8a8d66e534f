namespace BotoSharp.Waiters;

/// <summary>botocore's <c>WaiterConfig</c>: overrides of the model's delay (seconds) and attempt count.</summary>
public sealed record WaiterConfig
{
    /// <summary>Seconds between attempts; the model's <c>delay</c> when null.</summary>
    public double? Delay { get; init; }

    /// <summary>Attempts before giving up; the model's <c>maxAttempts</c> when null.</summary>
    public int? MaxAttempts { get; init; }
}
