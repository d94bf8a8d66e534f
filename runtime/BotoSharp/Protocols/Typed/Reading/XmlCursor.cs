using System.Xml;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// The forward-only view of an XML body the typed reader walks: the few <see cref="XmlReader"/> members it uses, so
/// one reader logic runs over <see cref="PlainXmlCursor"/> (our byte reader, for documents inside a strict subset)
/// and over <see cref="XmlReaderCursor"/> (every other document, with the reader's own checks and errors).
/// </summary>
internal abstract class XmlCursor : IDisposable
{
    /// <summary>The namespace <see cref="XmlReader.NamespaceURI"/> gives a namespace declaration attribute.</summary>
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The kind of node the cursor is on: an element, an end tag, or character data of some kind.</summary>
    public abstract XmlNodeType NodeType { get; }

    /// <summary>The element's namespace-stripped name (an atomized string: the same instance for the same name).</summary>
    public abstract string LocalName { get; }

    /// <summary>The node's depth as <see cref="XmlReader.Depth"/> counts it (the root element is 0).</summary>
    public abstract int Depth { get; }

    /// <summary>Whether the cursor is on an element written <c>&lt;a/&gt;</c>.</summary>
    public abstract bool IsEmptyElement { get; }

    /// <summary>How many attributes the element the cursor is on has (namespace declarations included).</summary>
    public abstract int AttributeCount { get; }

    /// <summary>Moves to the next node; false at the end of the document.</summary>
    /// <exception cref="TypedReadFallback">The document is not well-formed.</exception>
    /// <exception cref="OutsidePlainXml">The byte reader met something outside its subset.</exception>
    public abstract bool Read();

    /// <summary>Checks the character data the cursor is on as the dictionary path would read it.</summary>
    public abstract void CheckText();

    /// <summary>
    /// Reads the text of the element the cursor is on as ElementTree gives it (the text before its first child, ""
    /// when none) and leaves the cursor on the element's last node. Returns the text, or null with its characters in
    /// <paramref name="chars"/> (valid until the next call), so a number, timestamp or enum needs no string.
    /// </summary>
    public abstract string? ElementText(out ReadOnlySpan<char> chars);

    /// <summary>The string of characters <see cref="ElementText"/> gave: equal to <c>new string(chars)</c>, and the
    /// same instance for a value the document repeats where the cursor keeps its document's values.</summary>
    public virtual string StringOf(ReadOnlySpan<char> chars) => new(chars);

    /// <summary>The attribute at <paramref name="index"/> of the element the cursor is on.</summary>
    public abstract void Attribute(int index, out string namespaceUri, out string localName, out string value);

    /// <inheritdoc />
    public abstract void Dispose();
}
