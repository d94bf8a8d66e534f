using System.Globalization;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Typed.Reading;
using BotoSharp.Protocols.Xml;
using BotoSharp.Tests.Protocols.Xml;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// The typed XML reader's string-free scalars answer only where the string path gives the same value, and leave
/// everything else to it.
/// </summary>
public class XmlScalarTextTests
{
    [Test]
    public void IntegersFromDigitsAreTheStringParsersValuesAndAnythingElseIsLeftToIt()
    {
        foreach (var text in new[] { "0", "7", "0042", "1024", "999999999999999999", "123456789012345678" })
        {
            Assert.That(XmlScalarText.TryInteger(text, out var value), Is.True, text);
            Assert.That(value, Is.EqualTo(XmlShapeParser.ParseInteger(text)), text);
        }
        foreach (var text in new[] { "", "-1", "+1", " 1", "1 ", "1_000", "9223372036854775807", "1.0", "١" })
        {
            Assert.That(XmlScalarText.TryInteger(text, out _), Is.False, text);
        }
    }

    [Test]
    public void CanonicalTimestampsFromCharactersAreTheStringParsersInstants()
    {
        var random = new Random(1206);
        var texts = new List<string> { "2024-02-29T23:59:59Z", "2026-11-26T07:00:00.000Z", "2026-11-26T07:00:00.1Z", "2026-11-26T07:00:00.123456789Z", "0001-01-01T00:00:00Z" };
        for (var i = 0; i < 500; i++)
        {
            var instant = new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
            var fraction = random.Next(4) switch { 0 => "", 1 => ".000", 2 => "." + random.Next(1000).ToString("D3", CultureInfo.InvariantCulture), _ => "." + random.Next(1_000_000).ToString("D6", CultureInfo.InvariantCulture) };
            texts.Add(instant.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + fraction + "Z");
        }
        foreach (var text in texts)
        {
            Assert.That(Timestamps.TryParseCanonicalUtc(text.AsSpan(), out var fast), Is.True, text);
            var expected = Timestamps.Parse(text);
            Assert.That((fast.UtcTicks, fast.Offset), Is.EqualTo((expected.UtcTicks, expected.Offset)), text);
        }
        foreach (var text in new[] { "2026-02-30T00:00:00Z", "2026-11-26T07:00:00+00:00", " 2026-11-26T07:00:00Z", "1700000000", "2026-11-26 07:00:00Z", "2026-11-26T24:00:00Z" })
        {
            Assert.That(Timestamps.TryParseCanonicalUtc(text.AsSpan(), out _), Is.False, text);
        }
        Assert.Throws<ResponseParserError>(() => Timestamps.Parse("2026-02-30T00:00:00Z"));
    }

    [Test]
    public void AKnownEnumValueIsTheModelsOwnStringAndAnUnknownOneIsNot()
    {
        var output = XmlTestModels.Operation("rest-xml", """
            {"Output": {"type": "structure", "members": {"Kind": {"shape": "Kind"}, "Name": {"shape": "Name"}}},
             "Kind": {"type": "string", "enum": ["CRC32", "CRC64NVME", "SHA256"]},
             "Name": {"type": "string"}}
            """, inputShape: null, outputShape: "Output").OutputShape!;
        var kind = output.Members["Kind"];
        var known = XmlScalarText.KnownValue(kind, "CRC64NVME".AsSpan());
        Assert.Multiple(() =>
        {
            Assert.That(known, Is.SameAs(((StringShape)kind).Enum[1]));
            Assert.That(XmlScalarText.KnownValue(kind, "crc64nvme".AsSpan()), Is.Null);
            Assert.That(XmlScalarText.KnownValue(kind, "MD5".AsSpan()), Is.Null);
            Assert.That(XmlScalarText.KnownValue(output.Members["Name"], "CRC32".AsSpan()), Is.Null);
        });
    }
}
