using System.Globalization;
using System.Text;
using System.Xml;
using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Typed.Reading;

internal sealed partial class XmlShapeReader
{
    /// <inheritdoc />
    public string ReadString()
    {
        var text = Text();
        if (_rewrite is null || _source != ValueSource.Element || RewritePath() is not { } path)
        {
            return text;
        }
        NoteGuard(text);
        return _rewrite.Applies(path.Outer, path.Inner) ? RewriteString(text) : text;
    }

    // Collections are sized as the last one of their shape, up to this many entries.
    private const int MaxSizeHint = 64;

    /// <inheritdoc />
    public int ReadInt32() => unchecked((int)ReadInt64());

    /// <inheritdoc />
    public long ReadInt64() => _source == ValueSource.StatusCode
        ? _response.StatusCode
        : _shape.TypeName is "integer" or "long"
            ? Scalar(XmlScalarText.TryInteger, XmlShapeParser.ParseInteger)
            // botocore's XML parser keeps short and byte values as text, which FromParsed reads its own way.
            : throw new TypedReadFallback($"An XML {_shape.TypeName} value.");

    /// <inheritdoc />
    public float ReadSingle() => (float)ReadDouble();

    /// <inheritdoc />
    public double ReadDouble() => Scalar(XmlShapeParser.ParseFloat);

    /// <inheritdoc />
    public bool ReadBoolean() => Scalar(static (ReadOnlySpan<char> text, out bool value) => value = text.SequenceEqual("true"), static text => text == "true");

    /// <inheritdoc />
    public DateTimeOffset ReadTimestamp() => Scalar(Timestamps.TryParseCanonicalUtc, Timestamps.Parse);

    /// <inheritdoc />
    public byte[] ReadBlob() => _source == ValueSource.Body
        ? _response.BodyStream is null ? _response.Body : throw new TypedReadFallback("A streamed payload read as bytes.")
        : Scalar(XmlShapeParser.DecodeBase64);

    /// <inheritdoc />
    public Stream ReadStream() => _source == ValueSource.Body
        ? _response.BodyStream ?? new MemoryStream(_response.Body, writable: false)
        : throw new TypedReadFallback("A stream member outside the payload.");

    /// <inheritdoc />
    public object? ReadDocument() => throw new TypedReadFallback("Documents are not XML values.");

    /// <inheritdoc />
    public T ReadStructure<T>()
        where T : IResponseShape<T>
    {
        if (_shape is not StructureShape shape)
        {
            throw new TypedReadFallback($"{_shape.Name} read as a structure.");
        }
        switch (_source)
        {
            case ValueSource.Element:
                Push(shape);
                break;
            case ValueSource.Body:
                // A structure payload is the document's root element; an empty body has no members.
                var empty = !OpenBody();
                Push(shape, empty: empty);
                break;
            default:
                throw new TypedReadFallback("A structure outside the body.");
        }
        var value = T.ReadFrom(this);
        Pop();
        return value;
    }

    /// <inheritdoc />
    public List<T> ReadList<T>(List<T>? existing, Func<IShapeReader, T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        if (_shape is not ListShape shape)
        {
            throw new TypedReadFallback($"{_shape.Name} read as a list.");
        }
        // A flattened list comes one item per call, most often just one (S3's per-object ChecksumAlgorithm); a wrapped
        // one starts at the size of the last list of its shape, as the JSON reader's do.
        var list = existing ?? new List<T>(shape.Flattened ? 1 : shape.ReadSizeHint);
        if (_source == ValueSource.Text)
        {
            // RFC 7230 lets a list arrive as one comma-separated header value.
            foreach (var item in _text!.Split(','))
            {
                _shape = shape.Member;
                _text = item.Trim();
                list.Add(readItem(this));
            }
            return list;
        }
        RequireElement();
        if (shape.Flattened)
        {
            _shape = shape.Member;
            list.Add(readItem(this));
        }
        else
        {
            for (var depth = ChildrenOf(); NextChild(depth);)
            {
                _shape = shape.Member;
                _source = ValueSource.Element;
                list.Add(readItem(this));
            }
            shape.ReadSizeHint = Math.Min(list.Count, MaxSizeHint);
        }
        Consumed();
        return list;
    }

    /// <inheritdoc />
    public Dictionary<string, T> ReadMap<T>(Dictionary<string, T>? existing, Func<IShapeReader, T> readValue)
    {
        ArgumentNullException.ThrowIfNull(readValue);
        var map = existing ?? new Dictionary<string, T>(StringComparer.Ordinal);
        if (_shape is not MapShape shape)
        {
            throw new TypedReadFallback($"{_shape.Name} read as a map.");
        }
        if (_source == ValueSource.HeaderMap)
        {
            ReadHeaderMap(shape, map, readValue);
            return map;
        }
        RequireElement();
        if (shape.Flattened)
        {
            ReadEntry(shape, map, readValue);
        }
        else
        {
            for (var depth = ChildrenOf(); NextChild(depth);)
            {
                ReadEntry(shape, map, readValue);
            }
        }
        Consumed();
        return map;
    }

    // A <entry><key/><value/></entry> element (any order); a missing key is the empty string, a missing value the default.
    private void ReadEntry<T>(MapShape shape, Dictionary<string, T> map, Func<IShapeReader, T> readValue)
    {
        var keyName = shape.Key.LocationName is { Length: > 0 } k ? k : "key";
        var valueName = shape.Value.LocationName is { Length: > 0 } v ? v : "value";
        string? key = null;
        T value = default!;
        for (var depth = ChildrenOf(); NextChild(depth);)
        {
            var tag = _xml!.LocalName;
            _source = ValueSource.Element;
            if (tag == keyName)
            {
                _shape = shape.Key;
                key = Text();
            }
            else if (tag == valueName)
            {
                _shape = shape.Value;
                value = readValue(this);
            }
            else
            {
                throw new TypedReadFallback($"Unknown map entry tag <{tag}>.");
            }
        }
        map[key ?? string.Empty] = value;
    }

    private void ReadHeaderMap<T>(MapShape shape, Dictionary<string, T> map, Func<IShapeReader, T> readValue)
    {
        // Header names are case-insensitive, so the prefix matches in any case; the rest of the name keeps its case.
        var prefix = _shape.LocationName ?? string.Empty;
        foreach (var (name, value) in _response.Headers)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                _shape = shape.Value;
                _source = ValueSource.Text;
                _text = value;
                map[name[prefix.Length..]] = readValue(this);
            }
        }
    }

    // The child elements of the element the reader is on, without an iterator object per list: ChildrenOf, then
    // NextChild until it is false, with the reader on each child in turn; a child the caller did not read is skipped.
    private int ChildrenOf() => _xml!.IsEmptyElement ? -1 : _xml.Depth;

    private bool NextChild(int depth)
    {
        if (depth < 0)
        {
            return false;
        }
        var xml = _xml!;
        // On the parent itself (the first call) nothing is skipped; on a child element the caller left unread, it is.
        if (xml.NodeType == XmlNodeType.Element && xml.Depth != depth)
        {
            SkipElement();
        }
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement when xml.Depth == depth:
                    return false;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    xml.CheckText();
                    break;
            }
        }
        throw new TypedReadFallback("The document ended inside a list or map.");
    }

    private void RequireElement()
    {
        if (_source != ValueSource.Element)
        {
            throw new TypedReadFallback("A list or map outside the XML body.");
        }
    }

    // The element handed out by NextMember has been read to its last node.
    private void Consumed()
    {
        if (_depth > 0)
        {
            Top.Pending = false;
        }
    }
}
