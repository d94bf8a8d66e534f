using System.Globalization;
using System.Text.Json.Nodes;
using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols.Formatting;

/// <summary>
/// Python's textual forms and botocore's timestamp handling, checked against python3 itself: float <c>repr</c>,
/// <c>json.dumps</c> of awkward strings, lenient timestamp parsing and the three wire formats.
/// </summary>
[TestFixture]
public sealed class PythonFormatDifferentialTests
{
    private static readonly double[] s_floats =
    {
        0.1, 1.5, 1.0, -2.0, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 1.7976931348623157e308,
        5e-324, 2.2250738585072014e-308, -7.25, 3.141592653589793, 100.0, 1e22, 1e21, 9007199254740993.0, 0.3, 2.675,
        1234.5678, 1e-7, 123e-10, 4.35, 1e100, 12345678901234567.0,
    };

    private static readonly string[] s_strings =
    {
        "plain", "quote \" and backslash \\", "new\nline\ttab\r\b\f", "\u0001\u001f\u007f\u0080", "caf\u00e9", "\ud83d\ude00 emoji",
        "\u2028\u2029", "/slash/", "",
    };

    private static readonly string[] s_timestamps =
    {
        "2020-01-01T00:00:00Z", "2020-01-01T00:00:00.5Z", "2020-01-01T00:00:00.123456789Z", "2020-01-01T00:00:00+02:00",
        "2020-01-01T00:00:00-0530", "2020-01-01 12:34:56", "2020-01-01", "20200101T010203Z", "Wed, 01 Jan 2020 00:00:00 GMT",
        "1577836800", "1577836800.25", "-1.5", "2020-02-29T23:59:59.999999Z", "1970-01-01T00:00:00Z",
    };

    private const string Script = """
import json, sys, datetime
from botocore.utils import parse_timestamp, parse_to_aware_datetime
from botocore.serialize import Serializer
floats = json.loads(sys.argv[1]); strings = json.loads(sys.argv[2]); stamps = json.loads(sys.argv[3])
s = Serializer()
out = {'repr': [repr(float(f)) for f in floats], 'json': [json.dumps(x) for x in strings], 'stamps': []}
for t in stamps:
    d = parse_to_aware_datetime(t)
    out['stamps'].append([parse_timestamp(t).timestamp(), s._timestamp_iso8601(d), s._timestamp_unixtimestamp(d), s._timestamp_rfc822(d)])
print(json.dumps(out))
""";

    private static readonly Lazy<JsonObject> s_expected = new(() => (JsonObject)BotocoreOracle.Run(Script,
        new JsonArray(s_floats.Select(f => (JsonNode?)f).ToArray()).ToJsonString(),
        new JsonArray(s_strings.Select(f => (JsonNode?)f).ToArray()).ToJsonString(),
        new JsonArray(s_timestamps.Select(f => (JsonNode?)f).ToArray()).ToJsonString()));

    [Test]
    public void FloatReprMatchesPython()
    {
        var expected = s_expected.Value["repr"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.That(s_floats.Select(PythonFormat.FloatRepr).ToList(), Is.EqualTo(expected));
    }

    [Test]
    public void NegativeZeroAndSpecialValuesPrintAsPythonPrintsThem()
    {
        // JSON cannot carry -0.0 to python3, so these are Python's known outputs.
        Assert.That(PythonFormat.FloatRepr(-0.0), Is.EqualTo("-0.0"));
        Assert.That(PythonFormat.FloatRepr(double.NaN), Is.EqualTo("nan"));
        Assert.That(PythonFormat.FloatRepr(double.NegativeInfinity), Is.EqualTo("-inf"));
        Assert.That(PythonJsonWriter.Serialize(new List<object?> { double.NaN, double.PositiveInfinity, 2L, true, null }), Is.EqualTo("[NaN, Infinity, 2, true, null]"));
    }

    [Test]
    public void JsonStringsAreWrittenAsJsonDumpsWritesThem()
    {
        var expected = s_expected.Value["json"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.That(s_strings.Select(s => PythonJsonWriter.Serialize(s)).ToList(), Is.EqualTo(expected));
    }

    [Test]
    public void TimestampsParseAndFormatAsBotocoreDoes()
    {
        var expected = s_expected.Value["stamps"]!.AsArray();
        for (var i = 0; i < s_timestamps.Length; i++)
        {
            var row = expected[i]!.AsArray();
            var parsed = Timestamps.Parse(s_timestamps[i]);
            var epoch = (parsed - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;
            Assert.That(epoch, Is.EqualTo(row[0]!.GetValue<double>()).Within(1e-6), s_timestamps[i]);
            var utc = Timestamps.ToUtc(s_timestamps[i]);
            Assert.That(Timestamps.FormatIso8601(utc), Is.EqualTo(row[1]!.GetValue<string>()), s_timestamps[i]);
            Assert.That(Timestamps.FormatUnix(utc), Is.EqualTo(row[2]!.GetValue<long>()), s_timestamps[i]);
            Assert.That(Timestamps.FormatRfc822(utc), Is.EqualTo(row[3]!.GetValue<string>()), s_timestamps[i]);
        }
    }

    [Test]
    public void MillisecondPrecisionKeepsThreeDigitsInIsoAndAFractionInEpochSeconds()
    {
        var t = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
        Assert.That(Timestamps.FormatIso8601(t, TimestampPrecision.Millisecond), Is.EqualTo("2020-01-01T00:00:00.123Z"));
        Assert.That(Timestamps.FormatUnix(t, TimestampPrecision.Millisecond), Is.EqualTo(1577836800.123));
        Assert.That(Timestamps.FormatIso8601(t.AddTicks(-1_234_567), TimestampPrecision.Millisecond), Is.EqualTo("2020-01-01T00:00:00.000Z"));
    }

    [Test]
    public void ANonTimestampStringIsNotATimestamp()
    {
        Assert.That(Timestamps.TryToUtc("yesterday-ish"), Is.Null);
        Assert.Throws<BotoSharp.Errors.SerializationError>(() => Timestamps.ToUtc(new object()));
        Assert.That(double.Parse("1.5", CultureInfo.InvariantCulture), Is.EqualTo(1.5));
    }
}
