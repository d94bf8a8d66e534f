using System.Text;
using BotoSharp.Errors;
using BotoSharp.Protocols.RestXml;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Tests.Performance;

/// <summary>
/// Large XML bodies are decoded as the reader goes instead of into one string first; these prove the result is the
/// same tree, the same root tag and the same error as reading the decoded text.
/// </summary>
public class LargeXmlBodyTests
{
    private static readonly string s_document = BuildDocument();

    [Test]
    public void ALargeBodyParsesToTheSameTreeAsItsDecodedText()
    {
        var bytes = Encoding.UTF8.GetBytes(s_document);
        Assert.That(bytes.Length, Is.GreaterThan(16 * 1024), "the document must be large enough to take the streaming path");
        Assert.That(Describe(XmlDocumentReader.Parse(bytes)), Is.EqualTo(Describe(XmlDocumentReader.Parse(bytes.AsSpan()))));
    }

    [Test]
    public void ALargeBodyWithInvalidUtf8InsideReadsTheReplacementCharacterAsTheDecodedTextDoes()
    {
        var bytes = Encoding.UTF8.GetBytes(s_document);
        var at = s_document.IndexOf("text-17", StringComparison.Ordinal);
        bytes[at] = 0xC3; // a lead byte followed by ASCII: invalid, becomes U+FFFD
        var streamed = XmlDocumentReader.Parse(bytes);
        Assert.That(Describe(streamed), Is.EqualTo(Describe(XmlDocumentReader.Parse(bytes.AsSpan()))));
        Assert.That(Describe(streamed), Does.Contain("\uFFFD"));
    }

    [Test]
    public void AMalformedLargeBodyFailsWithTheSameMessageAsItsDecodedText()
    {
        var bytes = Encoding.UTF8.GetBytes(s_document.Replace("</item-40>", "</oops>", StringComparison.Ordinal));
        var streamed = Assert.Throws<ResponseParserError>(() => XmlDocumentReader.Parse(bytes))!;
        var decoded = Assert.Throws<ResponseParserError>(() => XmlDocumentReader.Parse(bytes.AsSpan()))!;
        Assert.That(streamed.Message, Is.EqualTo(decoded.Message));
        Assert.That(Assert.Throws<ResponseParserError>(() => XmlDocumentReader.RootTag(bytes))!.Message, Is.EqualTo(decoded.Message));
    }

    [Test]
    public void TheRootTagOfALargeBodyIsTheParsedRootsTag()
    {
        var bytes = Encoding.UTF8.GetBytes(s_document);
        Assert.That(XmlDocumentReader.RootTag(bytes), Is.EqualTo(XmlDocumentReader.Parse(bytes.AsSpan()).Tag));
        Assert.That(XmlDocumentReader.RootTag(bytes), Is.EqualTo("{http://s3.amazonaws.com/doc/2006-03-01/}ListBucketResult"));
    }

    [Test]
    public void ALargeErrorDocumentWithStatus200IsStillSeenAsAnError()
    {
        var error = "<Error><Code>InternalError</Code><Message>" + new string('x', 20_000) + "</Message></Error>";
        Assert.That(RestXmlErrors.LooksLikeErrorWithStatus200(200, Encoding.UTF8.GetBytes(error)), Is.True);
        Assert.That(RestXmlErrors.LooksLikeErrorWithStatus200(200, Encoding.UTF8.GetBytes(s_document)), Is.False);
        Assert.That(RestXmlErrors.LooksLikeErrorWithStatus200(200, Encoding.UTF8.GetBytes(s_document[..^5])), Is.True, "a cut-off body counts as an error");
    }

    private static string BuildDocument()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\" xmlns:x=\"urn:x\">");
        for (var i = 0; i < 200; i++)
        {
            xml.Append("<item-").Append(i).Append(" x:attr=\"v&amp;").Append(i).Append("\">  lead text-").Append(i)
                .Append(" &lt;é&gt; <![CDATA[<raw>]]> more<child>c").Append(i).Append("</child>tail ignored</item-").Append(i).Append(">\n");
        }
        return xml.Append("</ListBucketResult>\n").ToString();
    }

    private static string Describe(XmlNode node)
    {
        var text = new StringBuilder();
        Describe(node, text, 0);
        return text.ToString();
    }

    private static void Describe(XmlNode node, StringBuilder text, int depth)
    {
        text.Append(' ', depth).Append(node.Tag).Append(" text=").Append(node.Text ?? "<null>");
        foreach (var (key, value) in node.Attributes)
        {
            text.Append(' ').Append(key).Append('=').Append(value);
        }
        text.Append('\n');
        foreach (var child in node.Children)
        {
            Describe(child, text, depth + 1);
        }
    }
}
