using System.Globalization;
using System.Text;
using System.Xml;

namespace BotoSharp.Protocols.Typed.Reading;

// The text of a scalar: an element's text as ElementTree gives it, a header value or the status code.
internal sealed partial class XmlShapeReader
{
    private const int ChunkSize = 256;

    private char[]? _chunk;

    private delegate bool SpanParse<T>(ReadOnlySpan<char> text, out T value);

    private T Scalar<T>(Func<string, T> parse) => parse(Text());

    private string ElementText() => ElementTextOrChars(out var length) ?? new string(_chunk.AsSpan(0, length));

    // An element's scalar parsed from its characters when fast can; the string path otherwise, with the same answer.
    private T Scalar<T>(SpanParse<T> fast, Func<string, T> parse)
    {
        if (_source != ValueSource.Element)
        {
            return parse(Text());
        }
        var text = ElementTextOrChars(out var length);
        Consumed();
        if (text is not null)
        {
            return parse(text);
        }
        var chars = _chunk.AsSpan(0, length);
        return fast(chars, out var value) ? value : parse(new string(chars));
    }

    // The scalar text botocore reads: an element's text before its first child ("" when none), or a header value.
    private string Text()
    {
        switch (_source)
        {
            case ValueSource.Text when _shape.JsonValue && _shape.Location == "header":
                throw new TypedReadFallback("A jsonvalue header.");
            case ValueSource.Text:
                return _text!;
            case ValueSource.StatusCode:
                return _response.StatusCode.ToString(CultureInfo.InvariantCulture);
            case ValueSource.Body when _response.BodyStream is null:
                return Encoding.UTF8.GetString(_response.Body);
            case ValueSource.Element:
                var text = ElementTextOrChars(out var length);
                Consumed();
                // An enum's known value is the model's own string: same characters, no new string per item.
                return text ?? XmlScalarText.KnownValue(_shape, _chunk.AsSpan(0, length)) ?? new string(_chunk.AsSpan(0, length));
            default:
                throw new TypedReadFallback("A scalar read from a streamed body or a header map.");
        }
    }

    // The element's text as ElementTree gives it. When that is one short text node (the usual case) its characters
    // are left in _chunk and null is returned with their count, so a number, timestamp or enum needs no string.
    private string? ElementTextOrChars(out int length)
    {
        length = 0;
        var xml = _xml!;
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
}
