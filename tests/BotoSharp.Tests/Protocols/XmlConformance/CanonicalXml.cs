using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace BotoSharp.Tests.Protocols.XmlConformance;

/// <summary>
/// A canonical text form of an XML document close to ElementTree's <c>canonicalize(strip_text=True)</c>, which
/// botocore's runner compares rest-xml bodies with: names as written, attributes (namespace declarations included)
/// sorted, text trimmed, whitespace-only text dropped.
/// </summary>
public static class CanonicalXml
{
    /// <summary>Returns the canonical form, or null when the text is not XML.</summary>
    public static string? TryCanonicalize(string xml)
    {
        try
        {
            var document = XDocument.Parse(xml, LoadOptions.None);
            var output = new StringBuilder();
            Write(document.Root!, output);
            return output.ToString();
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static void Write(XElement element, StringBuilder output)
    {
        var name = QualifiedName(element);
        output.Append('<').Append(name);
        foreach (var attribute in element.Attributes().OrderBy(a => a.ToString(), StringComparer.Ordinal))
        {
            output.Append(' ').Append(attribute.ToString());
        }
        output.Append('>');
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child:
                    Write(child, output);
                    break;
                case XText text when text.Value.Trim().Length > 0:
                    output.Append(System.Security.SecurityElement.Escape(text.Value.Trim()));
                    break;
            }
        }
        output.Append("</").Append(name).Append('>');
    }

    private static string QualifiedName(XElement element)
    {
        var prefix = element.GetPrefixOfNamespace(element.Name.Namespace);
        return string.IsNullOrEmpty(prefix) ? element.Name.LocalName : prefix + ":" + element.Name.LocalName;
    }
}
