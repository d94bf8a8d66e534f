using System.Collections;
using System.Text.RegularExpressions;

namespace BotoSharp.Endpoints.Rules;

/// <summary>
/// A parsed <c>getAttr</c> path such as <c>resourceId[1]</c> or <c>a.b</c>. As in botocore, the first segment
/// with an index ends the walk: the indexed element is the result, whatever follows it.
/// </summary>
internal sealed partial class GetAttrPath
{
    // Generated at compile time (botocore's pattern): a Regex built at run time would be parsed and compiled by the
    // first client of every process, since rule sets use getAttr.
    [GeneratedRegex(@"(\w*)\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Indexed();

    private readonly Segment[] _segments;

    private GetAttrPath(Segment[] segments) => _segments = segments;

    /// <summary>Splits the path on <c>.</c> and finds an index in each part.</summary>
    public static GetAttrPath Parse(string path)
    {
        var parts = path.Split('.');
        var segments = new Segment[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var match = Indexed().Match(parts[i]);
            segments[i] = match.Success
                ? new Segment(match.Groups[1].Value, int.TryParse(match.Groups[2].Value, out var index) ? index : int.MaxValue)
                : new Segment(parts[i], -1);
        }
        return new GetAttrPath(segments);
    }

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
