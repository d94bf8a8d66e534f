using System.Text;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// A small element tree for building request bodies, written out byte for byte as ElementTree's
/// <c>tostring(root, encoding='utf-8')</c> does: no XML declaration, attributes in insertion order, an element with
/// neither text nor children closed as <c>&lt;name /&gt;</c>, and ElementTree's escaping rules for text and attributes.
/// </summary>
internal sealed class XmlElementBuilder
{
    private readonly List<KeyValuePair<string, string>> _attributes = new();
    private readonly List<XmlElementBuilder> _children = new();

    /// <summary>Creates an element with the given tag.</summary>
    public XmlElementBuilder(string name) => Name = name;

    /// <summary>The tag, written as given (a prefix such as <c>xsi:type</c> is part of the name).</summary>
    public string Name { get; }

    /// <summary>The text content; null or empty writes no text.</summary>
    public string? Text { get; set; }

    /// <summary>The child elements in insertion order.</summary>
    public IReadOnlyList<XmlElementBuilder> Children => _children;

    /// <summary>Creates a child element, appends it and returns it (ElementTree's <c>SubElement</c>).</summary>
    public XmlElementBuilder AddChild(string name)
    {
        var child = new XmlElementBuilder(name);
        _children.Add(child);
        return child;
    }

    /// <summary>Sets an attribute; setting an existing name replaces its value but keeps its position.</summary>
    public void SetAttribute(string name, string value)
    {
        for (var i = 0; i < _attributes.Count; i++)
        {
            if (_attributes[i].Key == name)
            {
                _attributes[i] = new KeyValuePair<string, string>(name, value);
                return;
            }
        }
        _attributes.Add(new KeyValuePair<string, string>(name, value));
    }

    /// <summary>Writes the element and its descendants as UTF-8 bytes.</summary>
    public byte[] ToUtf8Bytes()
    {
        var builder = new StringBuilder();
        Write(builder);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>Writes the element and its descendants as text.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder);
        return builder.ToString();
    }

    private void Write(StringBuilder output)
    {
        output.Append('<').Append(Name);
        foreach (var (key, value) in _attributes)
        {
            output.Append(' ').Append(key).Append("=\"");
            EscapeAttribute(output, value);
            output.Append('"');
        }
        if (string.IsNullOrEmpty(Text) && _children.Count == 0)
        {
            output.Append(" />");
            return;
        }
        output.Append('>');
        if (!string.IsNullOrEmpty(Text))
        {
            EscapeText(output, Text);
        }
        foreach (var child in _children)
        {
            child.Write(output);
        }
        output.Append("</").Append(Name).Append('>');
    }

    private static void EscapeText(StringBuilder output, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                _ => output.Append(c),
            };
        }
    }

    private static void EscapeAttribute(StringBuilder output, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '"' => output.Append("&quot;"),
                '\r' => output.Append("&#13;"),
                '\n' => output.Append("&#10;"),
                '\t' => output.Append("&#09;"),
                _ => output.Append(c),
            };
        }
    }
}
