using System.Globalization;

namespace BotoSharp.Tests.Credentials;

/// <summary>A clock the test moves by hand, so refresh windows can be crossed without waiting.</summary>
internal sealed class FakeClock : TimeProvider
{
    private DateTimeOffset _now;

    public FakeClock(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    }

    public DateTimeOffset Now => _now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>The ISO 8601 text of a time this far from now, as credential sources send it.</summary>
    public string Iso(TimeSpan fromNow) => (_now + fromNow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
