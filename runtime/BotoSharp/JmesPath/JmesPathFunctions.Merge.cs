using System.Collections;

namespace BotoSharp.JmesPath;

/// <summary><c>merge</c>: python's <c>dict.update</c> for each argument, including the pair lists it also accepts.</summary>
internal static partial class JmesPathFunctions
{
    private static Dictionary<string, object?> Merge(List<object?> args)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            if (arg is not null && JmesPathValues.IsObject(arg))
            {
                foreach (var (key, value) in JmesPathValues.Entries(arg))
                {
                    merged[key] = value;
                }
                continue;
            }
            // Only the first argument is type-checked; a later one goes to dict.update as it is.
            // A string is a sequence of one-character strings to dict.update, so only the empty string passes.
            var pairs = arg is string text ? text.Select(ch => (object?)ch.ToString()).ToList() : JmesPathValues.AsList(arg);
            if (pairs is null)
            {
                throw new JmesPathError("TypeError", $"'{JmesPathValues.PythonTypeName(arg)}' object is not iterable");
            }
            int index = 0;
            foreach (var pair in pairs)
            {
                var (key, value) = Pair(pair, index++);
                merged[key] = value;
            }
        }
        return merged;
    }

    private static (string Key, object? Value) Pair(object? pair, int index)
    {
        // python turns each element into a sequence: a string into its characters, a map into its keys.
        IList? items = pair switch
        {
            string s => s.Select(c => (object?)c.ToString()).ToList(),
            _ when JmesPathValues.IsObject(pair) => JmesPathValues.Entries(pair!).Select(e => (object?)e.Key).ToList(),
            _ => JmesPathValues.AsList(pair),
        };
        if (items is null)
        {
            throw new JmesPathError("TypeError", $"cannot convert dictionary update sequence element #{index} to a sequence");
        }
        if (items.Count != 2)
        {
            throw new JmesPathError("ValueError", $"dictionary update sequence element #{index} has length {items.Count}; 2 is required");
        }
        return items[0] switch
        {
            string key => (key, items[1]),
            _ when JmesPathValues.IsObject(items[0]) || JmesPathValues.AsList(items[0]) is not null =>
                throw new JmesPathError("TypeError", $"unhashable type: '{JmesPathValues.PythonTypeName(items[0])}'"),
            _ => (Protocols.PythonJsonWriter.Serialize(items[0]), items[1]),
        };
    }
}
