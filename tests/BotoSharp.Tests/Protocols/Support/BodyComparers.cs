using System.Text;

namespace BotoSharp.Tests.Protocols.Support;

/// <summary>Body comparisons by meaning, per protocol, as botocore's runner makes them.</summary>
public static class BodyComparers
{
    /// <summary>awsJson: both sides parsed as JSON and compared as values; a body that is not JSON fails.</summary>
    public static string? Json(byte[] actual, string expected) => CompareJson(actual, expected, fallbackToText: false);

    /// <summary>rest-json: as <see cref="Json"/>, but a non-JSON expected body (a raw payload) is compared as text.</summary>
    public static string? RestJson(byte[] actual, string expected) => CompareJson(actual, expected, fallbackToText: true);

    /// <summary>Byte-for-byte (UTF-8 text) comparison, as for query and ec2 form bodies.</summary>
    public static string? Exact(byte[] actual, string expected)
    {
        var text = Encoding.UTF8.GetString(actual);
        return text == expected ? null : $"{text} != {expected}";
    }

    /// <summary>rpc-v2-cbor: the expected body is base64 CBOR; both sides are decoded and compared as values.</summary>
    public static string? Cbor(byte[] actual, string expected)
    {
        if (actual.Length == 0 && expected.Length == 0)
        {
            return null;
        }
        var a = ConformanceRunner.Fixup(BotoSharp.Protocols.Cbor.CborDecoder.Decode(actual));
        var e = ConformanceRunner.Fixup(BotoSharp.Protocols.Cbor.CborDecoder.Decode(Convert.FromBase64String(expected)));
        return PlainValues.AreEqual(a, e, out var path)
            ? null
            : $"differs at {path}: {PlainValues.Describe(a)} != {PlainValues.Describe(e)}";
    }

    private static string? CompareJson(byte[] actual, string expected, bool fallbackToText)
    {
        object? a;
        object? e;
        try
        {
            a = BotoSharp.Protocols.PlainJsonReader.Parse(actual);
            e = BotoSharp.Protocols.PlainJsonReader.Parse(expected);
        }
        catch (System.Text.Json.JsonException) when (fallbackToText)
        {
            return Exact(actual, expected);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return $"not JSON ({ex.Message}): {Encoding.UTF8.GetString(actual)} vs {expected}";
        }
        return PlainValues.AreEqual(a, e, out var path)
            ? null
            : $"differs at {path}: {Encoding.UTF8.GetString(actual)} != {expected}";
    }
}
