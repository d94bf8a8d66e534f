using System.Buffers;
using System.Text;
using System.Xml;
using BotoSharp.Errors;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// Reads a response body into <see cref="XmlNode"/>s the way botocore's ElementTree parser does: the body is always
/// decoded as UTF-8 (botocore forces the parser's encoding), namespaces are kept on the node so callers can strip
/// them, and anything that is not well-formed XML becomes a <see cref="ResponseParserError"/>.
/// </summary>
internal static class XmlDocumentReader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const int ValueChunk = 1024;

    /// <summary>Parses a whole body and returns its root element.</summary>
    /// <exception cref="ResponseParserError">The body is empty or not well-formed XML.</exception>
    public static XmlNode Parse(ReadOnlySpan<byte> body) => Read(Decode(body), ReadDocument);

    /// <summary>Parses a whole body and returns its root element (decoded as it is read).</summary>
    /// <exception cref="ResponseParserError">The body is empty or not well-formed XML.</exception>
    public static XmlNode Parse(byte[] body) => Read(body, ReadDocument);

    /// <summary>
    /// The root's tag (<c>{uri}local</c> or <c>local</c>) of a document that must parse exactly as
    /// <see cref="Parse(ReadOnlySpan{byte})"/> would, read without building the tree (S3's "error with status 200"
    /// check reads every successful response this way before it is parsed for real).
    /// </summary>
    /// <exception cref="ResponseParserError">The body is not well-formed XML (same message as Parse).</exception>
    public static string RootTag(ReadOnlySpan<byte> body) => Read(Decode(body), ReadRootTag);

    /// <inheritdoc cref="RootTag(ReadOnlySpan{byte})"/>
    public static string RootTag(byte[] body) => Read(body, ReadRootTag);

    /// <inheritdoc cref="RootTag(ReadOnlySpan{byte})"/>
    public static string RootTag(ArraySegment<byte> body) => Read(body, ReadRootTag);

    private static string Decode(ReadOnlySpan<byte> body) => new UTF8Encoding(false, false).GetString(body);

    // A body array is decoded as the reader goes (Utf8BodyReader gives the same characters as Decode); the whole
    // text is only built for an error message.
    private static T Read<T>(string text, Func<XmlReader, T> read)
    {
        try
        {
            using var reader = XmlReaders.Create(new StringReader(text));
            return read(reader);
        }
        catch (XmlException e)
        {
            throw Failure(e, text);
        }
    }

    private static T Read<T>(ArraySegment<byte> body, Func<XmlReader, T> read)
    {
        try
        {
            using var text = new Utf8BodyReader(body);
            using var reader = XmlReaders.Create(text);
            return read(reader);
        }
        catch (XmlException e)
        {
            throw Failure(e, Decode(body));
        }
    }

    private static ResponseParserError Failure(XmlException e, string text) =>
        new($"Unable to parse response ({e.Message}), invalid XML received. Further retries may succeed:\n{text}", e);

    private static string ReadRootTag(XmlReader reader)
    {
        string? root = null;
        char[]? chunk = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when root is null:
                    root = reader.NamespaceURI.Length == 0 ? reader.LocalName : "{" + reader.NamespaceURI + "}" + reader.LocalName;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    // Read the whole value as Parse does, so a malformed text run fails here exactly as it would there,
                    // but in chunks: the check wants no string of its own.
                    chunk ??= ArrayPool<char>.Shared.Rent(ValueChunk);
                    while (reader.ReadValueChunk(chunk, 0, ValueChunk) > 0)
                    {
                    }
                    break;
            }
        }
        if (chunk is not null)
        {
            ArrayPool<char>.Shared.Return(chunk);
        }
        return root ?? throw new XmlException("no element found");
    }

    private static XmlNode ReadDocument(XmlReader reader)
    {
        XmlNode? root = null;
        var stack = new Stack<OpenElement>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var node = new XmlNode(reader.LocalName, reader.NamespaceURI);
                    ReadAttributes(reader, node);
                    if (stack.Count == 0)
                    {
                        root = node;
                    }
                    else
                    {
                        var parent = stack.Pop();
                        // Text after the first child is an ElementTree "tail", which botocore never reads.
                        parent.Close();
                        parent.Collecting = false;
                        parent.Node.AddChild(node);
                        stack.Push(parent);
                    }
                    if (!reader.IsEmptyElement)
                    {
                        stack.Push(new OpenElement(node));
                    }
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (stack.Count > 0 && stack.Peek().Collecting)
                    {
                        var open = stack.Pop();
                        open.Append(reader.Value);
                        stack.Push(open);
                    }
                    break;
                case XmlNodeType.EndElement:
                    stack.Pop().Close();
                    break;
            }
        }
        return root ?? throw new XmlException("no element found");
    }

    /// <summary>
    /// An element whose leading text is still being read. Most elements have one text piece, kept as is; a builder
    /// is made only when a second piece (entity, CDATA) follows, so the common case allocates nothing extra.
    /// </summary>
    private struct OpenElement
    {
        private string? _first;
        private StringBuilder? _more;

        public OpenElement(XmlNode node)
        {
            Node = node;
            Collecting = true;
            _first = null;
            _more = null;
        }

        public XmlNode Node { get; }

        public bool Collecting { get; set; }

        public void Append(string text)
        {
            if (_more is not null)
            {
                _more.Append(text);
            }
            else if (_first is null)
            {
                _first = text;
            }
            else
            {
                _more = new StringBuilder(_first).Append(text);
            }
        }

        public readonly void Close()
        {
            var text = _more?.ToString() ?? _first;
            if (text is { Length: > 0 } && Node.Text is null)
            {
                Node.Text = text;
            }
        }
    }

    private static void ReadAttributes(XmlReader reader, XmlNode node)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }
        do
        {
            if (reader.NamespaceURI == XmlnsNamespace)
            {
                continue;
            }
            var key = reader.NamespaceURI.Length == 0 ? reader.LocalName : "{" + reader.NamespaceURI + "}" + reader.LocalName;
            node.AddAttribute(key, reader.Value);
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }
}
