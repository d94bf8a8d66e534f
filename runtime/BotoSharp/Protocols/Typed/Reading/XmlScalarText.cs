using System.Runtime.CompilerServices;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// Scalar values read from an element's characters without a string of their own, where the answer is provably the
/// string path's: plain decimal digits, the canonical UTC timestamp, and an enum's known value (the model's own
/// string instance). Anything else returns false and the caller builds the string.
/// </summary>
internal static class XmlScalarText
{
    private const int MaxSafeDigits = 18;

    private static readonly ConditionalWeakTable<StringShape, Dictionary<string, string>> s_enums = new();

    /// <summary>Digits only (no sign, space or underscore), short enough never to overflow: the value
    /// <c>XmlShapeParser.ParseInteger</c> gives for the same text.</summary>
    public static bool TryInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > MaxSafeDigits)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>The model's string for a known value of an enum shape, or null (open string, unknown value).</summary>
    public static string? KnownValue(Shape shape, ReadOnlySpan<char> text)
    {
        if (shape is not StringShape { Enum.Count: > 0 } enumShape)
        {
            return null;
        }
#if NET9_0_OR_GREATER
        return s_enums.GetValue(enumShape, Index).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known) ? known : null;
#else
        // Without span lookups a short scan is cheaper than the string; long enums (EC2 instance types) make one.
        if (enumShape.Enum.Count > 32)
        {
            return null;
        }
        foreach (var value in enumShape.Enum)
        {
            if (text.SequenceEqual(value))
            {
                return value;
            }
        }
        return null;
#endif
    }

    private static Dictionary<string, string> Index(StringShape shape)
    {
        var values = new Dictionary<string, string>(shape.Enum.Count, StringComparer.Ordinal);
        foreach (var value in shape.Enum)
        {
            values.TryAdd(value, value);
        }
        return values;
    }
}
