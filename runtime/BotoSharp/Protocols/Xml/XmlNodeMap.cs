namespace BotoSharp.Protocols.Xml;

/// <summary>
/// botocore's name-to-node view of an element's children: children keyed by their namespace-stripped tag, where a
/// tag seen more than once collects its elements into a list in document order. A value is therefore either one
/// <see cref="XmlNode"/> or a <see cref="List{T}"/> of them; that ambiguity is why flattened lists and maps must
/// re-wrap a single node before reading it.
/// </summary>
internal static class XmlNodeMap
{
    /// <summary>
    /// Maps the children of <paramref name="parent"/>: an <see cref="XmlNode"/>, or a list of nodes, in which case
    /// botocore reads only the first one.
    /// </summary>
    public static Dictionary<string, object> Build(object parent)
    {
        var node = parent is List<XmlNode> list ? list[0] : (XmlNode)parent;
        var children = node.Children;
        var map = new Dictionary<string, object>(children.Count, StringComparer.Ordinal);
        foreach (var child in children)
        {
            var key = child.LocalName;
            if (!map.TryGetValue(key, out var existing))
            {
                map[key] = child;
            }
            else if (existing is List<XmlNode> repeated)
            {
                repeated.Add(child);
            }
            else
            {
                map[key] = new List<XmlNode> { (XmlNode)existing, child };
            }
        }
        return map;
    }

    /// <summary>
    /// Turns a name-to-node map into plain values the way botocore flattens error bodies: an element with children
    /// becomes a nested dictionary (a repeated element contributes only its first occurrence), a leaf becomes its text
    /// (null when the element is empty).
    /// </summary>
    public static Dictionary<string, object?> ToPlainValues(Dictionary<string, object> map)
    {
        var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (HasChildren(value))
            {
                result[key] = ToPlainValues(Build(value));
            }
            else
            {
                result[key] = value is XmlNode leaf ? leaf.Text : null;
            }
        }
        return result;
    }

    /// <summary>Wraps a single node in a list, as botocore does for flattened members that occurred once.</summary>
    public static IReadOnlyList<XmlNode> AsList(object node) =>
        node as List<XmlNode> ?? new List<XmlNode>(1) { (XmlNode)node };

    // A list of repeated nodes always counts as "having children" in botocore (list(value) is non-empty).
    private static bool HasChildren(object value) => value is List<XmlNode> || ((XmlNode)value).HasChildren;
}
