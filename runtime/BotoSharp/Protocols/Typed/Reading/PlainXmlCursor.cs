using System.Buffers;
using System.Xml;
using BotoSharp.Protocols.Typed.Writing;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// <see cref="XmlCursor"/> straight over a UTF-8 body, for documents inside a strict subset that
/// <see cref="XmlReader"/> reads to the same nodes and characters: an optional <c>&lt;?xml version="1.0"?&gt;</c>
/// declaration (UTF-8 if an encoding is named), one root, elements and attributes with plain unprefixed ASCII names,
/// the default namespace declared with <c>xmlns</c>, attribute values without references or whitespace controls, text
/// of valid UTF-8 with the five predefined entities and character references. It checks well-formedness as it goes
/// and throws <see cref="OutsidePlainXml"/> at the first byte outside the subset (comments, CDATA, prefixes, a
/// carriage return the reader would normalize, malformed input…), and the typed read starts again over the reader.
/// </summary>
/// <remarks>One instance per thread is reused (<see cref="Take"/>, <see cref="Dispose"/>): its buffers and name table
/// outlive a call.</remarks>
internal sealed partial class PlainXmlCursor : XmlCursor
{
    private const int MaxKeptChars = 16 * 1024;

    private readonly Utf8NameTable _names = new();
    private readonly DocumentStrings _strings = new();
    // The body: the first _length bytes of _body (the transport's pooled buffer is longer than the body).
    private byte[] _body = Array.Empty<byte>();
    private int _length;
    private int _at;
    private Range[] _open = new Range[16];
    private int _openCount;
    private Attr[] _attributes = new Attr[4];
    private int _attributeCount;
    private char[] _chars = new char[256];
    private XmlNodeType _type;
    private int _depth;
    private bool _empty;
    private Range _name;
    private Range _text;
    private bool _textEscaped;
    private bool _started;
    private bool _finished;
    private bool _rootNamedError;

    /// <inheritdoc />
    public override XmlNodeType NodeType => _type;

    private ReadOnlySpan<byte> Body => new(_body, 0, _length);

    /// <summary>
    /// Whether the whole document has been read (past the root's end tag to the end of the body, only whitespace
    /// after it), so it is well-formed, and its root element is not named <c>Error</c>: the answer S3's 200-with-error
    /// check would give (see <c>Customizations/Deferred200ErrorCheck</c>).
    /// </summary>
    public bool ReadWholeDocumentWithoutErrorRoot => _finished && !_rootNamedError;

    /// <inheritdoc />
    public override string LocalName => _type is XmlNodeType.Element or XmlNodeType.EndElement ? _names.Get(Body[_name]) : string.Empty;

    /// <inheritdoc />
    public override int Depth => _depth;

    /// <inheritdoc />
    public override bool IsEmptyElement => _type == XmlNodeType.Element && _empty;

    /// <inheritdoc />
    public override int AttributeCount => _type == XmlNodeType.Element ? _attributeCount : 0;

    /// <summary>The thread's cursor (or a new one) positioned before the first node of <paramref name="body"/>.</summary>
    public static PlainXmlCursor Take(ArraySegment<byte> body)
    {
        var cursor = ThreadReusable<PlainXmlCursor>.Take();
        cursor._body = body.Array ?? Array.Empty<byte>();
        cursor._length = body.Offset == 0 ? body.Count : throw new ArgumentException("A body from the buffer's start.", nameof(body));
        cursor._at = 0;
        cursor._openCount = 0;
        cursor._attributeCount = 0;
        cursor._type = XmlNodeType.None;
        cursor._depth = 0;
        cursor._started = false;
        cursor._finished = false;
        cursor._rootNamedError = false;
        return cursor;
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _body = Array.Empty<byte>();
        _length = 0;
        _strings.Clear();
        if (_chars.Length > MaxKeptChars)
        {
            _chars = new char[256];
        }
        ThreadReusable<PlainXmlCursor>.Return(this);
    }

    /// <inheritdoc />
    public override string StringOf(ReadOnlySpan<char> chars) => _strings.Get(chars);

    /// <inheritdoc />
    public override void CheckText()
    {
        // Checked while reading.
    }

    /// <inheritdoc />
    public override void Attribute(int index, out string namespaceUri, out string localName, out string value)
    {
        var attribute = _attributes[index];
        localName = _names.Get(Body[attribute.Name]);
        namespaceUri = localName == "xmlns" ? XmlnsNamespace : string.Empty;
        value = System.Text.Encoding.UTF8.GetString(Body[attribute.Value]);
    }

    /// <inheritdoc />
    public override bool Read()
    {
        var body = Body;
        if (!_started)
        {
            _started = true;
            // The prolog: a declaration, then whitespace, then the root's start tag.
            var start = PlainXmlScan.SkipDeclaration(body);
            _at = start < 0 ? throw Outside("declaration") : PlainXmlScan.SkipSpace(body, start);
            if (_at + 1 >= body.Length || body[_at] != (byte)'<' || body[_at + 1] is (byte)'/' or (byte)'!' or (byte)'?')
            {
                throw Outside("no root element");
            }
            StartTag(_at + 1);
            _rootNamedError = body[_name].SequenceEqual("Error"u8);
            return true;
        }
        if (_openCount == 0)
        {
            // After the root: only whitespace (comments and processing instructions are outside the subset).
            if (!_finished && PlainXmlScan.SkipSpace(body, _at) != body.Length)
            {
                throw Outside("content after the root");
            }
            _finished = true;
            _type = XmlNodeType.None;
            _depth = 0;
            _at = body.Length;
            return false;
        }
        if (_at >= body.Length)
        {
            throw Outside("the document ends inside an element");
        }
        if (body[_at] != (byte)'<')
        {
            Text(_at);
        }
        else if (_at + 1 < body.Length && body[_at + 1] == (byte)'/')
        {
            EndTag(_at + 2);
        }
        else
        {
            StartTag(_at + 1);
        }
        return true;
    }

    private static OutsidePlainXml Outside(string reason) => new(reason);

    // A start tag from its name to just past its '>': the element node, with its attributes checked and kept.
    private void StartTag(int name)
    {
        var body = Body;
        var nameEnd = PlainXmlScan.NameEnd(body, name);
        if (nameEnd < 0 || body[name..nameEnd].SequenceEqual("xmlns"u8))
        {
            throw Outside("element name");
        }
        _attributeCount = 0;
        var at = nameEnd;
        while (true)
        {
            var spaced = PlainXmlScan.SkipSpace(body, at);
            if (spaced >= body.Length)
            {
                throw Outside("the document ends inside a tag");
            }
            if (body[spaced] == (byte)'>')
            {
                _empty = false;
                _at = spaced + 1;
                break;
            }
            if (body[spaced] == (byte)'/')
            {
                _empty = true;
                _at = spaced + 1 < body.Length && body[spaced + 1] == (byte)'>' ? spaced + 2 : throw Outside("'/' in a tag");
                break;
            }
            var attributeEnd = spaced == at ? -1 : PlainXmlScan.NameEnd(body, spaced);
            if (attributeEnd < 0)
            {
                throw Outside("attribute name");
            }
            at = AttributeValue(attributeEnd, out var value);
            AddAttribute(spaced..attributeEnd, value);
        }
        _type = XmlNodeType.Element;
        _name = name..nameEnd;
        _depth = _openCount;
        if (!_empty)
        {
            if (_openCount == _open.Length)
            {
                Array.Resize(ref _open, _open.Length * 2);
            }
            _open[_openCount++] = _name;
        }
    }

    private void AddAttribute(Range name, Range value)
    {
        var body = Body;
        for (var i = 0; i < _attributeCount; i++)
        {
            if (body[_attributes[i].Name].SequenceEqual(body[name]))
            {
                throw Outside("a duplicate attribute");
            }
        }
        // The reserved namespaces cannot be declared; leave anything naming w3.org to the reader.
        if (body[name].SequenceEqual("xmlns"u8) && body[value].IndexOf("w3.org"u8) >= 0)
        {
            throw Outside("a reserved namespace");
        }
        if (_attributeCount == _attributes.Length)
        {
            Array.Resize(ref _attributes, _attributes.Length * 2);
        }
        _attributes[_attributeCount++] = new Attr(name, value);
    }

    // '=' and a quoted value without references, '<' or whitespace controls (the reader would normalize them);
    // returns the index past the closing quote.
    private int AttributeValue(int at, out Range value)
    {
        var body = Body;
        at = PlainXmlScan.SkipSpace(body, at);
        if (at >= body.Length || body[at] != (byte)'=')
        {
            throw Outside("attribute without '='");
        }
        at = PlainXmlScan.SkipSpace(body, at + 1);
        if (at >= body.Length || body[at] is not ((byte)'"' or (byte)'\''))
        {
            throw Outside("unquoted attribute");
        }
        var quote = body[at];
        var start = at + 1;
        var wide = false;
        for (var i = start; i < body.Length; i++)
        {
            var b = body[i];
            if (b == quote)
            {
                if (wide)
                {
                    CheckUtf8(body[start..i]);
                }
                value = start..i;
                return i + 1;
            }
            if (b >= 0x80)
            {
                wide = true;
            }
            else if (b is < 0x20 or 0x7F or (byte)'<' or (byte)'&')
            {
                throw Outside("attribute value character");
            }
        }
        throw Outside("the document ends inside an attribute");
    }

    // "</name S? >" closing the innermost open element.
    private void EndTag(int name)
    {
        var body = Body;
        var open = _open[_openCount - 1];
        var nameEnd = name + (open.End.Value - open.Start.Value);
        if (nameEnd > body.Length || !body[name..nameEnd].SequenceEqual(body[open]))
        {
            throw Outside("end tag");
        }
        var at = PlainXmlScan.SkipSpace(body, nameEnd);
        if (at >= body.Length || body[at] != (byte)'>')
        {
            throw Outside("end tag");
        }
        _openCount--;
        _type = XmlNodeType.EndElement;
        _name = open;
        _depth = _openCount;
        _at = at + 1;
    }

    private readonly record struct Attr(Range Name, Range Value);
}
