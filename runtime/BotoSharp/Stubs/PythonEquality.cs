using System.Collections;
using System.Globalization;

namespace BotoSharp.Stubs;

/// <summary>
/// Python's <c>==</c> over values in the runtime value convention, as botocore's stubber compares expected and actual
/// parameters: dictionaries by keys and values, lists in order, numbers by value (<c>True == 1</c>, <c>1 == 1.0</c>),
/// bytes and strings never equal to each other, and <see cref="Stubber.Any"/> equal to everything at any depth.
/// </summary>
internal static class PythonEquality
{
    public static bool AreEqual(object? expected, object? actual)
    {
        if (expected is StubAny || actual is StubAny)
        {
            return true;
        }
        return expected switch
        {
            null => actual is null,
            string text => actual is string other && string.Equals(text, other, StringComparison.Ordinal),
            byte[] bytes => actual is byte[] otherBytes && bytes.AsSpan().SequenceEqual(otherBytes),
            IDictionary map => actual is IDictionary otherMap && MapsEqual(map, otherMap),
            DateTimeOffset time => actual is DateTimeOffset otherTime && time == otherTime,
            DateTime time => actual is DateTime otherTime && time == otherTime,
            _ when IsNumber(expected) => IsNumber(actual) && NumbersEqual(expected, actual!),
            IEnumerable list => actual is IEnumerable otherList and not string and not IDictionary
                && ListsEqual(list, otherList),
            _ => Equals(expected, actual),
        };
    }

    private static bool MapsEqual(IDictionary expected, IDictionary actual)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }
        foreach (DictionaryEntry entry in expected)
        {
            if (!actual.Contains(entry.Key) || !AreEqual(entry.Value, actual[entry.Key]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ListsEqual(IEnumerable expected, IEnumerable actual)
    {
        var left = expected.Cast<object?>().ToList();
        var right = actual.Cast<object?>().ToList();
        return left.Count == right.Count && left.Zip(right).All(pair => AreEqual(pair.First, pair.Second));
    }

    // Python's bool is an int; an int equals a float of the same value.
    private static bool IsNumber(object? value) => value is bool or sbyte or byte or short or ushort or int or uint or long or ulong
        or float or double or decimal;

    private static bool NumbersEqual(object expected, object actual)
    {
        if (IsIntegral(expected) && IsIntegral(actual))
        {
            return ToInteger(expected) == ToInteger(actual);
        }
        return ToDouble(expected) == ToDouble(actual);
    }

    private static bool IsIntegral(object value) => value is not (float or double or decimal);

    private static decimal ToInteger(object value) => value is bool flag ? (flag ? 1 : 0) : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static double ToDouble(object value) => value is bool flag ? (flag ? 1 : 0) : Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
