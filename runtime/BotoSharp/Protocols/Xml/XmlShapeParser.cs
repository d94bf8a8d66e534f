using System.Globalization;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// Reads XML nodes into botocore-shaped values against a model shape, as botocore's XML response parser does:
/// members looked up by namespace-stripped tag, flattened lists and maps re-wrapped when they occurred once, only the
/// text <c>true</c> is a true boolean, an empty element is an empty string, and <c>xmlAttribute</c> members read
/// from the element's attributes. Header values (strings) go through the same scalar rules.
/// </summary>
internal class XmlShapeParser
{
    private readonly Func<string, object?> _timestampParser;
    private readonly Func<string, object?> _blobParser;

    /// <summary>Creates a parser with botocore's timestamp and blob parsers, or replacements for them.</summary>
    public XmlShapeParser(Func<string, object?>? timestampParser = null, Func<string, object?>? blobParser = null)
    {
        _timestampParser = timestampParser ?? (text => Timestamps.Parse(text));
        _blobParser = blobParser ?? DecodeBase64;
    }

    /// <summary>
    /// Parses <paramref name="node"/> (an <see cref="XmlNode"/>, a list of repeated nodes, or a header string) as
    /// <paramref name="shape"/>.
    /// </summary>
    public object? Parse(Shape shape, object node) => shape.TypeName switch
    {
        "structure" => ParseStructure((StructureShape)shape, node),
        "list" => ParseList((ListShape)shape, node),
        "map" => ParseMap((MapShape)shape, node),
        "boolean" => TextOf(node) == "true",
        "integer" or "long" => ParseInteger(TextOf(node)),
        "float" or "double" => ParseFloat(TextOf(node)),
        "timestamp" => _timestampParser(TextOf(node)),
        "blob" => _blobParser(TextOf(node)),
        "string" or "character" => ParseString(shape, TextOf(node)),
        _ => node is XmlNode or List<XmlNode> ? TextOf(node) : node,
    };

    /// <summary>Hook for protocols that decode strings further (rest-xml's <c>jsonvalue</c> headers).</summary>
    protected virtual object? ParseString(Shape shape, string text) => text;

    /// <summary>Parses a list; a header value is first split on commas by the rest parser.</summary>
    protected virtual object? ParseList(ListShape shape, object node)
    {
        var items = shape.Flattened ? XmlNodeMap.AsList(node) : ChildrenOf(node);
        var parsed = new List<object?>(items.Count);
        foreach (var item in items)
        {
            parsed.Add(Parse(shape.Member, item));
        }
        return parsed;
    }

    /// <summary>
    /// The error root to read a modeled exception from; the query protocol unwraps <c>ErrorResponse/Error</c> and
    /// ec2 <c>Errors/Error</c>.
    /// </summary>
    protected virtual XmlNode ErrorRoot(XmlNode original)
    {
        if (original.LocalName == "ErrorResponse")
        {
            foreach (var child in original.Children)
            {
                if (child.LocalName == "Error")
                {
                    return child;
                }
            }
        }
        return original;
    }

    /// <summary>The text of a node as botocore's scalar handlers see it: empty for an empty element.</summary>
    protected static string TextOf(object node) => node switch
    {
        string s => s,
        XmlNode x => x.Text ?? string.Empty,
        // botocore reads .text of the first node when a scalar element was repeated.
        List<XmlNode> list => list[0].Text ?? string.Empty,
        _ => Convert.ToString(node, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    internal static byte[] DecodeBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException e)
        {
            throw new ResponseParserError($"Invalid base64 blob: {e.Message}", e);
        }
    }

    private static IReadOnlyList<object> ChildrenOf(object node) => node switch
    {
        XmlNode x => x.Children,
        List<XmlNode> list => list,
        _ => throw new ResponseParserError($"Unable to parse list from {node}"),
    };

    private object? ParseStructure(StructureShape shape, object node)
    {
        var element = node as XmlNode ?? (node as List<XmlNode>)?[0]
            ?? throw new ResponseParserError($"Unable to parse structure {shape.Name} from a non-element value");
        if (shape.IsException)
        {
            element = ErrorRoot(element);
        }
        var map = XmlNodeMap.Build(element);
        if (UnknownUnionMember(shape, map) is { } tag)
        {
            return new Dictionary<string, object?> { ["SDK_UNKNOWN_MEMBER"] = new Dictionary<string, object?> { ["name"] = tag } };
        }
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (memberName, memberShape) in shape.Members)
        {
            var location = memberShape.Location;
            if (location is "header" or "headers" or "statusCode" || memberShape.Serialization.ContainsKey("eventheader"))
            {
                // Located members were read from the HTTP response already.
                continue;
            }
            if (map.TryGetValue(MemberKeyName(memberShape, memberName), out var memberNode))
            {
                parsed[memberName] = Parse(memberShape, memberNode);
            }
            else if (memberShape.XmlAttribute && memberShape.LocationName is { } attributeName)
            {
                var prefix = attributeName.Split(':')[0] + ":";
                foreach (var (key, value) in element.Attributes)
                {
                    // botocore rewrites "{uri}local" as "<prefix of the modeled name>:local" before comparing.
                    var normalized = key.StartsWith('{') ? prefix + key[(key.LastIndexOf('}') + 1)..] : key;
                    if (normalized == attributeName)
                    {
                        parsed[memberName] = value;
                    }
                }
            }
        }
        return parsed;
    }

    private object? ParseMap(MapShape shape, object node)
    {
        var keyName = shape.Key.LocationName is { Length: > 0 } k ? k : "key";
        var valueName = shape.Value.LocationName is { Length: > 0 } v ? v : "value";
        var entries = shape.Flattened ? XmlNodeMap.AsList(node) : ChildrenOf(node);
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (XmlNode entry in entries)
        {
            object? key = null;
            object? value = null;
            foreach (var pair in entry.Children)
            {
                if (pair.LocalName == keyName)
                {
                    key = Parse(shape.Key, pair);
                }
                else if (pair.LocalName == valueName)
                {
                    value = Parse(shape.Value, pair);
                }
                else
                {
                    throw new ResponseParserError($"Unknown tag: {pair.LocalName}");
                }
            }
            parsed[Convert.ToString(key, CultureInfo.InvariantCulture) ?? string.Empty] = value;
        }
        return parsed;
    }

    // A flattened list with a member locationName is keyed by that name in the enclosing structure.
    private static string MemberKeyName(Shape shape, string memberName)
    {
        if (shape is ListShape { Flattened: true } list && list.Member.LocationName is { } listMemberName)
        {
            return listMemberName;
        }
        return shape.LocationName ?? memberName;
    }

    private static string? UnknownUnionMember(StructureShape shape, Dictionary<string, object> map)
    {
        if (!shape.IsUnion)
        {
            return null;
        }
        var present = map.Keys.Where(k => k != "__type").ToList();
        if (present.Count != 1)
        {
            throw new ResponseParserError($"Invalid service response: {shape.Name} must have one and only one member set.");
        }
        var tag = present[0];
        foreach (var (name, member) in shape.Members)
        {
            if ((member.LocationName ?? name) == tag)
            {
                return null;
            }
        }
        return tag;
    }

    internal static long ParseInteger(string text)
    {
        var trimmed = text.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        throw new ResponseParserError($"invalid literal for int() with base 10: '{text}'");
    }

    internal static double ParseFloat(string text)
    {
        var trimmed = text.Trim();
        switch (trimmed.ToLowerInvariant())
        {
            case "nan" or "+nan" or "-nan":
                return double.NaN;
            case "inf" or "+inf" or "infinity" or "+infinity":
                return double.PositiveInfinity;
            case "-inf" or "-infinity":
                return double.NegativeInfinity;
        }
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        throw new ResponseParserError($"could not convert string to float: '{text}'");
    }
}
