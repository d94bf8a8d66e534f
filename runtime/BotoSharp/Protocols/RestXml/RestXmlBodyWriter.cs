using System.Collections;
using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.RestXml;

/// <summary>
/// Writes a rest-xml request body as botocore does: the root element is named by the shape's <c>locationName</c>
/// and carries its <c>xmlNamespace</c>; lists are wrapped in <c>member</c> (or the member's name) unless flattened;
/// maps use <c>entry/key/value</c> unless flattened; <c>xmlAttribute</c> members become attributes. A member whose
/// value is null stops the rest of its structure from being written, a botocore quirk kept on purpose.
/// </summary>
internal sealed class RestXmlBodyWriter
{
    private readonly TimestampPrecision _precision;

    /// <summary>Creates a writer that formats timestamps with <paramref name="precision"/>.</summary>
    public RestXmlBodyWriter(TimestampPrecision precision) => _precision = precision;

    /// <summary>Serializes <paramref name="value"/> as the document rooted at <paramref name="shape"/>.</summary>
    public byte[] Write(object? value, Shape shape)
    {
        var rootName = shape.LocationName
            ?? throw new SerializationError($"The rest-xml body shape {shape.Name} has no locationName to name its root element");
        var pseudoRoot = new XmlElementBuilder(string.Empty);
        WriteValue(shape, value, pseudoRoot, rootName);
        if (pseudoRoot.Children.Count == 0)
        {
            throw new SerializationError($"Nothing was serialized for the rest-xml body shape {shape.Name}");
        }
        return pseudoRoot.Children[0].ToUtf8Bytes();
    }

    private void WriteValue(Shape shape, object? value, XmlElementBuilder parent, string name)
    {
        switch (shape.TypeName)
        {
            case "structure":
                WriteStructure((StructureShape)shape, value, parent, name);
                break;
            case "list":
                WriteList((ListShape)shape, value, parent, name);
                break;
            case "map":
                WriteMap((MapShape)shape, value, parent, name);
                break;
            case "boolean":
                AddLeaf(shape, parent, name, PythonFormat.IsTruthy(value) ? "true" : "false");
                break;
            case "blob":
                AddLeaf(shape, parent, name, ValueText.Base64(value));
                break;
            case "timestamp":
                AddLeaf(shape, parent, name, ValueText.Timestamp(value, shape.TimestampFormat ?? "iso8601", _precision));
                break;
            case "float":
            case "double":
                AddLeaf(shape, parent, name, ValueText.Float(value));
                break;
            default:
                AddLeaf(shape, parent, name, ValueText.Str(value));
                break;
        }
    }

    private void WriteStructure(StructureShape shape, object? value, XmlElementBuilder parent, string name)
    {
        var node = parent.AddChild(name);
        AddNamespace(shape, node);
        foreach (var (key, memberValue) in AsMap(value, name))
        {
            if (!shape.Members.TryGetValue(key, out var memberShape))
            {
                throw new ParamValidationError($"Unknown parameter in {name}: \"{key}\", must be one of: {string.Join(", ", shape.Members.Keys)}");
            }
            if (memberValue is null)
            {
                // botocore returns here rather than skipping the member: later members are not written either.
                return;
            }
            if (memberShape.XmlAttribute)
            {
                node.SetAttribute(memberShape.LocationName ?? key, ValueText.Str(memberValue));
                continue;
            }
            WriteValue(memberShape, memberValue, node, memberShape.LocationName ?? key);
        }
    }

    private void WriteList(ListShape shape, object? value, XmlElementBuilder parent, string name)
    {
        var items = value as IList ?? throw new ParamValidationError($"Invalid type for parameter {name}, value: {value}, type: {value?.GetType().Name ?? "None"}, valid types: <class 'list'>, <class 'tuple'>");
        string elementName;
        XmlElementBuilder listNode;
        if (shape.Flattened)
        {
            elementName = name;
            listNode = parent;
        }
        else
        {
            elementName = shape.Member.LocationName ?? "member";
            listNode = parent.AddChild(name);
        }
        // botocore adds the list's namespace even when flattened, i.e. onto the enclosing element.
        AddNamespace(shape, listNode);
        foreach (var item in items)
        {
            WriteValue(shape.Member, item, listNode, elementName);
        }
    }

    private void WriteMap(MapShape shape, object? value, XmlElementBuilder parent, string name)
    {
        var map = AsMap(value, name);
        XmlElementBuilder? wrapper = null;
        if (!shape.Flattened)
        {
            wrapper = parent.AddChild(name);
            AddNamespace(shape, wrapper);
        }
        var keyName = shape.Key.LocationName ?? "key";
        var valueName = shape.Value.LocationName ?? "value";
        foreach (var (key, entryValue) in map)
        {
            var entry = wrapper is null ? parent.AddChild(name) : wrapper.AddChild("entry");
            WriteValue(shape.Key, key, entry, keyName);
            WriteValue(shape.Value, entryValue, entry, valueName);
        }
    }

    /// <summary>A text element with the shape's <c>xmlNamespace</c> (shared with the typed XML writer).</summary>
    internal static void AddLeaf(Shape shape, XmlElementBuilder parent, string name, string text)
    {
        var node = parent.AddChild(name);
        node.Text = text;
        AddNamespace(shape, node);
    }

    /// <summary>botocore's <c>xmlNamespace</c> trait as an <c>xmlns</c> (or <c>xmlns:prefix</c>) attribute.</summary>
    internal static void AddNamespace(Shape shape, XmlElementBuilder node)
    {
        switch (shape.Trait("xmlNamespace"))
        {
            case JsonObject metadata:
                var attribute = "xmlns";
                if (metadata["prefix"] is JsonValue prefix && prefix.TryGetValue<string>(out var p) && p.Length > 0)
                {
                    attribute += ":" + p;
                }
                node.SetAttribute(attribute, metadata["uri"] is JsonValue uri && uri.TryGetValue<string>(out var u) ? u : string.Empty);
                break;
            case JsonValue text when text.TryGetValue<string>(out var ns):
                node.SetAttribute("xmlns", ns);
                break;
        }
    }

    private static IDictionary<string, object?> AsMap(object? value, string name) =>
        value as IDictionary<string, object?> ?? throw new ParamValidationError($"Invalid type for parameter {name}, value: {value}, type: {value?.GetType().Name ?? "None"}, valid types: <class 'dict'>");
}
