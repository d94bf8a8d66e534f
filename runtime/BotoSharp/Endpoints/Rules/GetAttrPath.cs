using System.Collections;
using System.Globalization;

namespace BotoSharp.Endpoints.Rules;

/// <summary>
/// A parsed <c>getAttr</c> path such as <c>resourceId[1]</c> or <c>a.b</c>. As in botocore, the first segment
/// with an index ends the walk: the indexed element is the result, whatever follows it.
/// </summary>
internal sealed class GetAttrPath
{
    private readonly Segment[] _segments;

    private GetAttrPath(Segment[] segments) => _segments = segments;

    /// <summary>Splits the path on <c>.</c> and finds an index in each part.</summary>
    public static GetAttrPath Parse(string path)
    {
        var parts = path.Split('.');
        var segments = new Segment[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            segments[i] = TryIndexed(parts[i], out var name, out var index) ? new Segment(name, index) : new Segment(parts[i], -1);
        }
        return new GetAttrPath(segments);
    }

    /// <summary>
    /// botocore's <c>re.search(r"(\w*)\[(\d+)\]", part)</c>, by hand: a regex here would load the regex engine in
    /// every cold process, since rule sets use getAttr. A word run cannot hold <c>[</c>, so the leftmost match is the
    /// first <c>[digits]</c> with the word run just before it as the name.
    /// </summary>
    internal static bool TryIndexed(string part, out string name, out int index)
    {
        for (var open = part.IndexOf('['); open >= 0; open = part.IndexOf('[', open + 1))
        {
            var close = open + 1;
            long value = 0;
            while (close < part.Length && char.IsDigit(part[close]))
            {
                // Python's int() reads any decimal digit; past int's range the index can never be in range anyway.
                value = Math.Min(value * 10 + CharUnicodeInfo.GetDecimalDigitValue(part[close]), int.MaxValue);
                close++;
            }
            if (close == open + 1 || close == part.Length || part[close] != ']')
            {
                continue;
            }
            var start = open;
            while (start > 0 && IsWordChar(part[start - 1]))
            {
                start--;
            }
            name = part[start..open];
            index = (int)value;
            return true;
        }
        name = string.Empty;
        index = -1;
        return false;
    }

    // Python's \w for text: alphanumeric (str.isalnum) or the underscore.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.IsNumber(c);

    /// <summary>Walks the path; a missing key, a non-container or an index out of range gives null.</summary>
    public object? Apply(object? value)
    {
        foreach (var segment in _segments)
        {
            if (segment.Index < 0)
            {
                value = Lookup(value, segment.Name);
                continue;
            }
            if (segment.Name.Length > 0)
            {
                value = Lookup(value, segment.Name);
            }
            return value switch
            {
                string text => segment.Index < text.Length ? text[segment.Index].ToString() : null,
                IReadOnlyList<string> strings => segment.Index < strings.Count ? strings[segment.Index] : null,
                IList list => segment.Index < list.Count ? list[segment.Index] : null,
                _ => null,
            };
        }
        return value;
    }

    private static object? Lookup(object? value, string name) =>
        value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(name, out var found) ? found : null;

    private readonly record struct Segment(string Name, int Index);
}
