using BotoSharp.Protocols;

namespace BotoSharp.Tests.Performance;

/// <summary>
/// The canonical <c>yyyy-MM-ddTHH:mm:ss[.f…]Z</c> form is read without the regex; it must give exactly what the
/// general ISO 8601 path gives (microseconds kept, further digits dropped), and leave everything else to that path.
/// </summary>
public class CanonicalTimestampTests
{
    private static readonly object[] s_cases =
    {
        new object[] { "2026-11-26T07:05:09Z", new DateTimeOffset(2026, 11, 26, 7, 5, 9, TimeSpan.Zero) },
        new object[] { "2026-11-26T07:05:09.123Z", new DateTimeOffset(2026, 11, 26, 7, 5, 9, TimeSpan.Zero).AddTicks(1_230_000) },
        new object[] { "2026-11-26T07:05:09.123456789Z", new DateTimeOffset(2026, 11, 26, 7, 5, 9, TimeSpan.Zero).AddTicks(1_234_560) },
        new object[] { "2024-02-29T23:59:59,5Z", new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.Zero).AddTicks(5_000_000) },
        new object[] { "2026-11-26T07:05:09+02:00", new DateTimeOffset(2026, 11, 26, 5, 5, 9, TimeSpan.Zero) },
        new object[] { "2026-11-26 07:05:09Z", new DateTimeOffset(2026, 11, 26, 7, 5, 9, TimeSpan.Zero) },
    };

    [TestCaseSource(nameof(s_cases))]
    public void ACanonicalOrOtherIsoTimestampParsesToTheSameInstantAsTheGeneralPath(string text, DateTimeOffset expected)
    {
        var parsed = Timestamps.Parse(text);
        Assert.That(parsed, Is.EqualTo(expected));
        Assert.That(parsed.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [TestCase("2023-02-29T00:00:00Z")]
    [TestCase("2026-13-01T00:00:00Z")]
    [TestCase("2026-11-26T07:61:00Z")]
    public void AnOutOfRangeCanonicalTimestampIsNotATimestamp(string text) =>
        Assert.That(Timestamps.TryParse(text), Is.Null);
}
