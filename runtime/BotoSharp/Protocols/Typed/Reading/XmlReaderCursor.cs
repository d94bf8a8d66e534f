using System.Text;
using System.Xml;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// <see cref="XmlCursor"/> over <see cref="XmlReader"/>: every document the byte reader leaves, with the reader's
/// checks (malformed XML makes the typed read give up, and the dictionary path raises the reader's error).
/// </summary>
internal sealed class XmlReaderCursor : XmlCursor
{
    private const int ChunkSize = 256;

    private readonly XmlReader _xml;
    private char[]? _chunk;

    /// <summary>A cursor over <paramref name="body"/> decoded as the dictionary path decodes it.</summary>
    public XmlReaderCursor(ArraySegment<byte> body) => _xml = XmlReaders.Create(new Utf8BodyReader(body));

    /// <inheritdoc />
    public override XmlNodeType NodeType => _xml.NodeType;

    /// <inheritdoc />
    public override string LocalName => _xml.LocalName;

    /// <inheritdoc />
    public override int Depth => _xml.Depth;

    /// <inheritdoc />
    public override bool IsEmptyElement => _xml.IsEmptyElement;

    /// <inheritdoc />
    public override int AttributeCount => _xml.AttributeCount;

    /// <inheritdoc />
    public override bool Read() => Read(_xml);

    /// <inheritdoc />
    public override void CheckText() => _ = _xml.Value;

    /// <inheritdoc />
    public override void Attribute(int index, out string namespaceUri, out string localName, out string value)
    {
        _xml.MoveToAttribute(index);
        namespaceUri = _xml.NamespaceURI;
        localName = _xml.LocalName;
        value = _xml.Value;
        _xml.MoveToElement();
    }

    /// <inheritdoc />
    public override void Dispose() => _xml.Dispose();

    // When the text is one short text node (the usual case) its characters are read into the chunk with
    // ReadValueChunk, never as a string.
    /// <inheritdoc />
    public override string? ElementText(out ReadOnlySpan<char> chars)
    {
        chars = default;
        var xml = _xml;
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }
        var depth = xml.Depth;
        if (!Read(xml))
        {
            throw new TypedReadFallback("The document ended inside an element.");
        }
        if (xml.NodeType != XmlNodeType.Text || !xml.CanReadValueChunk)
        {
            return CollectText(xml, depth, first: null);
        }
        _chunk ??= new char[ChunkSize];
        int read;
        var length = 0;
        while (length < ChunkSize && (read = xml.ReadValueChunk(_chunk, length, ChunkSize - length)) > 0)
        {
            length += read;
        }
        string? first = null;
        if (length == ChunkSize)
        {
            // Longer than the chunk: the rest of the node joins what is already read.
            var whole = new StringBuilder().Append(_chunk, 0, length);
            while ((read = xml.ReadValueChunk(_chunk, 0, ChunkSize)) > 0)
            {
                whole.Append(_chunk, 0, read);
            }
            first = whole.ToString();
        }
        if (!Read(xml))
        {
            throw new TypedReadFallback("The document ended inside an element.");
        }
        if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
        {
            chars = _chunk.AsSpan(0, length);
            return first;
        }
        return CollectText(xml, depth, first ?? new string(_chunk.AsSpan(0, length)));
    }

    // Collects text from the node the reader is on to the element's end: the first run, then every text run up to
    // the first child (text after it is an ElementTree tail, which botocore never reads).
    private static string CollectText(XmlReader xml, int depth, string? first)
    {
        StringBuilder? more = null;
        var collecting = true;
        do
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    var piece = xml.Value;
                    if (collecting)
                    {
                        if (first is null)
                        {
                            first = piece;
                        }
                        else
                        {
                            (more ??= new StringBuilder(first)).Append(piece);
                        }
                    }
                    break;
                case XmlNodeType.Element:
                    collecting = false;
                    break;
                case XmlNodeType.EndElement when xml.Depth == depth:
                    return more?.ToString() ?? first ?? string.Empty;
            }
        }
        while (Read(xml));
        throw new TypedReadFallback("The document ended inside an element.");
    }

    private static bool Read(XmlReader xml)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException e)
        {
            throw new TypedReadFallback("The document is not well-formed XML.", e);
        }
    }
}
