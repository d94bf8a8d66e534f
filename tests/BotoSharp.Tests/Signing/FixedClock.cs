namespace BotoSharp.Tests.Signing;

/// <summary>A clock stuck at one instant, so signatures are reproducible.</summary>
internal sealed class FixedClock : TimeProvider
{
    private readonly DateTimeOffset _now;

    public FixedClock(DateTimeOffset now) => _now = now;

    /// <summary>2015-08-30T12:36:00Z, the SigV4 test suite's time.</summary>
    public static FixedClock TestSuite { get; } = new(new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => _now;
}
