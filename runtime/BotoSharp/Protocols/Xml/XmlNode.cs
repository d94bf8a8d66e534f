namespace BotoSharp.Protocols.Xml;

/// <summary>
/// One element of a parsed XML document, holding exactly what botocore's parsers read from an ElementTree element:
/// the tag (namespace kept apart so it can be stripped), the text before the first child, the child elements and the
/// attributes. Comments, processing instructions and tails are dropped because botocore never looks at them.
/// </summary>
internal sealed class XmlNode
{
    private static readonly List<XmlNode> s_noChildren = new(0);
    private List<XmlNode>? _children;
    private List<KeyValuePair<string, string>>? _attributes;

    /// <summary>Creates an element.</summary>
    public XmlNode(string localName, string namespaceUri)
    {
        LocalName = localName;
        NamespaceUri = namespaceUri;
    }

    /// <summary>The tag without its namespace, which is what botocore compares against model names.</summary>
    public string LocalName { get; }

    /// <summary>The namespace URI, empty when the element has none.</summary>
    public string NamespaceUri { get; }

    /// <summary>The tag as ElementTree spells it: <c>{uri}local</c>, or the bare name without a namespace.</summary>
    public string Tag => NamespaceUri.Length == 0 ? LocalName : "{" + NamespaceUri + "}" + LocalName;

    /// <summary>
    /// The character data before the first child element; null when there is none (<c>&lt;a/&gt;</c> and
    /// <c>&lt;a&gt;&lt;/a&gt;</c> alike), which botocore reads as an empty string for scalars but keeps as None in errors.
    /// </summary>
    public string? Text { get; set; }

    /// <summary>The child elements in document order.</summary>
    public IReadOnlyList<XmlNode> Children => _children ?? s_noChildren;

    /// <summary>True when the element has child elements.</summary>
    public bool HasChildren => _children is { Count: > 0 };

    /// <summary>
    /// The attributes in document order, keyed as ElementTree keys them (<c>{uri}local</c> for a prefixed name).
    /// Namespace declarations are not attributes.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes =>
        (IReadOnlyList<KeyValuePair<string, string>>?)_attributes ?? Array.Empty<KeyValuePair<string, string>>();

    /// <summary>Appends a child element.</summary>
    public void AddChild(XmlNode child) => (_children ??= new List<XmlNode>()).Add(child);

    /// <summary>Appends an attribute.</summary>
    public void AddAttribute(string key, string value) =>
        (_attributes ??= new List<KeyValuePair<string, string>>()).Add(new KeyValuePair<string, string>(key, value));
}
