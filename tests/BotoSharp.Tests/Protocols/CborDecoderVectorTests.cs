using System.Numerics;
using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Protocols.Cbor;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols;

/// <summary>The CBOR decoder vectors botocore runs (<c>conformance/cbor</c>): successes decode to the expected value, errors raise <see cref="ResponseParserError"/>.</summary>
[TestFixture]
public sealed class CborDecoderVectorTests
{
    // botocore skips these: it refuses every tag but 1 (timestamps), and it drops map entries whose value is null.
    private static readonly HashSet<string> s_botocoreSkips = new(StringComparer.Ordinal)
    {
        "tag - 0/min", "tag - 1/min", "tag - 2/min", "tag - 4/min", "tag - 8/min",
        "tag - 0/max", "tag - 1/max", "tag - 2/max", "tag - 4/max", "tag - 8/max",
        "map - {_ null}", "map - {null}",
    };

    /// <summary>The success vectors botocore runs.</summary>
    public static IEnumerable<TestCaseData> SuccessCases() => Load("decode-success-tests.json")
        .Where(c => !s_botocoreSkips.Contains(c["description"]!.GetValue<string>()))
        .Select(c => new TestCaseData(c["input"]!.GetValue<string>(), c["expect"]!.ToJsonString())
            .SetName("cbor decodes " + c["description"]!.GetValue<string>()));

    /// <summary>The error vectors.</summary>
    public static IEnumerable<TestCaseData> ErrorCases() => Load("decode-error-tests.json")
        .Select(c => new TestCaseData(c["input"]!.GetValue<string>())
            .SetName("cbor rejects " + c["description"]!.GetValue<string>()));

    [TestCaseSource(nameof(SuccessCases))]
    public void DecodesTheExpectedValue(string hex, string expectJson)
    {
        var actual = CborDecoder.Decode(Convert.FromHexString(hex));
        AssertMatches(actual, JsonNode.Parse(expectJson)!.AsObject(), "$");
    }

    [TestCaseSource(nameof(ErrorCases))]
    public void RaisesAResponseParserError(string hex)
    {
        Assert.Throws<ResponseParserError>(() => CborDecoder.Decode(Convert.FromHexString(hex)));
    }

    [Test]
    public void BotocoreSkipsOnlyTheTwelveTagAndNullMapVectors()
    {
        var skipped = Load("decode-success-tests.json").Count(c => s_botocoreSkips.Contains(c["description"]!.GetValue<string>()));
        Assert.That(skipped, Is.EqualTo(12));
    }

    private static IEnumerable<JsonObject> Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Conformance, "cbor", file)))!.AsArray().Select(n => n!.AsObject());

    private static void AssertMatches(object? actual, JsonObject expect, string at)
    {
        var (kind, value) = expect.Single();
        switch (kind)
        {
            case "null" or "undefined":
                Assert.That(actual, Is.Null, at);
                break;
            case "uint" or "negint":
                Assert.That(ToBig(actual), Is.EqualTo(BigInteger.Parse(value!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)), at);
                break;
            case "bytestring":
                Assert.That(actual, Is.EqualTo(value!.AsArray().Select(b => (byte)b!.GetValue<int>()).ToArray()), at);
                break;
            case "string" or "bool":
                Assert.That(actual, Is.EqualTo(kind == "bool" ? value!.GetValue<bool>() : value!.GetValue<string>()), at);
                break;
            case "float32":
                Assert.That(actual, Is.EqualTo((double)BitConverter.UInt32BitsToSingle(value!.GetValue<uint>())), at);
                break;
            case "float64":
                Assert.That(actual, Is.EqualTo(BitConverter.UInt64BitsToDouble(value!.GetValue<ulong>())), at);
                break;
            case "list":
                var list = (List<object?>)actual!;
                var items = value!.AsArray();
                Assert.That(list, Has.Count.EqualTo(items.Count), at);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertMatches(list[i], items[i]!.AsObject(), $"{at}[{i}]");
                }
                break;
            case "map":
                var map = (Dictionary<string, object?>)actual!;
                foreach (var (key, item) in value!.AsObject())
                {
                    Assert.That(map, Does.ContainKey(key), at);
                    AssertMatches(map[key], item!.AsObject(), $"{at}.{key}");
                }
                break;
            default:
                Assert.Fail($"unexpected expectation {kind} at {at}");
                break;
        }
    }

    private static BigInteger ToBig(object? value) => value switch
    {
        long l => l,
        ulong u => u,
        BigInteger b => b,
        _ => throw new AssertionException($"not an integer: {value}"),
    };
}
