using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols.RestXml;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// Writes a typed structure as the rest-xml body botocore's <c>RestXMLSerializer</c> builds, over the same element
/// builder the dictionary path uses (<see cref="RestXml.RestXmlBodyWriter"/>), so names, namespaces, attributes,
/// flattened lists and maps and the escaping are the same: root named by <c>locationName</c>, lists wrapped in
/// <c>member</c> unless flattened, maps as <c>entry/key/value</c>, <c>xmlAttribute</c> members as attributes.
/// </summary>
internal sealed class XmlShapeWriter : ModelShapeWriter, IBodyShapeWriter
{
    private readonly TimestampPrecision _precision;
    private readonly List<XmlElementBuilder> _nodes = new();
    private readonly List<string> _itemNames = new();
    private XmlElementBuilder? _root;
    private string _pending = string.Empty;
    private bool _attribute;

    public XmlShapeWriter(TimestampPrecision precision)
    {
        _precision = precision;
    }

    private XmlElementBuilder Parent => _nodes[^1];

    /// <inheritdoc />
    public byte[] WritePayload(IRequestShape value, StructureShape member)
    {
        BeginBody(member);
        value.WriteTo(this);
        return EndBody(member);
    }

    /// <inheritdoc />
    public void BeginBody(StructureShape shape)
    {
        var pseudoRoot = new XmlElementBuilder(string.Empty);
        _nodes.Clear();
        _nodes.Add(pseudoRoot);
        _pending = shape.LocationName
            ?? throw new SerializationError($"The rest-xml body shape {shape.Name} has no locationName to name its root element");
        BeginStructure(shape);
        _root = pseudoRoot;
        OpenRoot(shape);
    }

    /// <inheritdoc />
    public byte[] EndBody(StructureShape shape)
    {
        CloseRoot();
        EndStructure(shape);
        return _root!.Children[0].ToUtf8Bytes();
    }

    public void Dispose()
    {
    }

    protected override void BeginMember(string name, Shape shape)
    {
        _pending = shape.LocationName ?? name;
        _attribute = shape.XmlAttribute;
    }

    protected override void EndMember(string name, Shape shape) => _attribute = false;

    protected override void BeginItem(Shape shape)
    {
        if (Container is MapShape map)
        {
            var entry = map.Flattened ? Parent.AddChild(_itemNames[^1]) : Parent.AddChild("entry");
            RestXmlBodyWriter.AddLeaf(map.Key, entry, map.Key.LocationName ?? "key", Key);
            _nodes.Add(entry);
            _pending = map.Value.LocationName ?? "value";
            return;
        }
        _pending = _itemNames[^1];
    }

    protected override void EndItem(Shape shape)
    {
        if (Container is MapShape)
        {
            _nodes.RemoveAt(_nodes.Count - 1);
        }
    }

    protected override void WriteString(Shape shape, string value) => Scalar(shape, value);

    protected override void WriteInteger(Shape shape, long value) => Scalar(shape, ValueText.Str(value));

    protected override void WriteFloat(Shape shape, double value) =>
        Scalar(shape, _attribute ? ValueText.Str(value) : ValueText.Float(value));

    protected override void WriteBoolean(Shape shape, bool value) =>
        Scalar(shape, _attribute ? ValueText.Str(value) : value ? "true" : "false");

    protected override void WriteTimestamp(Shape shape, DateTimeOffset value) =>
        Scalar(shape, _attribute ? ValueText.Str(value) : ValueText.Timestamp(value, shape.TimestampFormat ?? "iso8601", _precision));

    protected override void WriteBlob(Shape shape, byte[] value) =>
        Scalar(shape, _attribute ? ValueText.Str(value) : ValueText.Base64(value));

    protected override void WriteDocument(Shape shape, object? value) => Scalar(shape, ValueText.Str(value));

    protected override void BeginStructure(StructureShape shape)
    {
        var node = Parent.AddChild(_pending);
        RestXmlBodyWriter.AddNamespace(shape, node);
        _nodes.Add(node);
    }

    protected override void EndStructure(StructureShape shape) => _nodes.RemoveAt(_nodes.Count - 1);

    protected override void BeginList(ListShape shape, int count)
    {
        XmlElementBuilder listNode;
        if (shape.Flattened)
        {
            _itemNames.Add(_pending);
            listNode = Parent;
        }
        else
        {
            _itemNames.Add(shape.Member.LocationName ?? "member");
            listNode = Parent.AddChild(_pending);
        }
        // botocore adds the list's namespace even when flattened, i.e. onto the enclosing element.
        RestXmlBodyWriter.AddNamespace(shape, listNode);
        _nodes.Add(listNode);
    }

    protected override void EndList(ListShape shape)
    {
        _itemNames.RemoveAt(_itemNames.Count - 1);
        _nodes.RemoveAt(_nodes.Count - 1);
    }

    protected override void BeginMap(MapShape shape, int count)
    {
        _itemNames.Add(_pending);
        if (shape.Flattened)
        {
            _nodes.Add(Parent);
            return;
        }
        var wrapper = Parent.AddChild(_pending);
        RestXmlBodyWriter.AddNamespace(shape, wrapper);
        _nodes.Add(wrapper);
    }

    protected override void EndMap(MapShape shape)
    {
        _itemNames.RemoveAt(_itemNames.Count - 1);
        _nodes.RemoveAt(_nodes.Count - 1);
    }

    private void Scalar(Shape shape, string text)
    {
        if (_attribute)
        {
            Parent.SetAttribute(_pending, text);
            return;
        }
        RestXmlBodyWriter.AddLeaf(shape, Parent, _pending, text);
    }
}
