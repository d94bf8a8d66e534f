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

    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    /// <summary>Parses a whole body and returns its root element.</summary>
    /// <exception cref="ResponseParserError">The body is empty or not well-formed XML.</exception>
    public static XmlNode Parse(ReadOnlySpan<byte> body)
    {
        var text = new UTF8Encoding(false, false).GetString(body);
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), s_settings);
            return ReadDocument(reader);
        }
        catch (XmlException e)
        {
            throw new ResponseParserError(
                $"Unable to parse response ({e.Message}), invalid XML received. Further retries may succeed:\n{text}", e);
        }
    }

    private static XmlNode ReadDocument(XmlReader reader)
    {
        XmlNode? root = null;
        var stack = new Stack<(XmlNode Node, StringBuilder? Text)>();
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
                        var (parent, parentText) = stack.Pop();
                        // Text after the first child is an ElementTree "tail", which botocore never reads.
                        CloseText(parent, parentText);
                        parent.AddChild(node);
                        stack.Push((parent, null));
                    }
                    if (!reader.IsEmptyElement)
                    {
                        stack.Push((node, new StringBuilder()));
                    }
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (stack.Count > 0 && stack.Peek().Text is { } builder)
                    {
                        builder.Append(reader.Value);
                    }
                    break;
                case XmlNodeType.EndElement:
                    var (closed, closedText) = stack.Pop();
                    CloseText(closed, closedText);
                    break;
            }
        }
        return root ?? throw new XmlException("no element found");
    }

    private static void CloseText(XmlNode node, StringBuilder? text)
    {
        if (text is { Length: > 0 } && node.Text is null)
        {
            node.Text = text.ToString();
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
