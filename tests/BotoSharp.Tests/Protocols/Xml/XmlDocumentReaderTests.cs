using System.Text;
using BotoSharp.Errors;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>The reader keeps what botocore's ElementTree parser exposes and nothing else.</summary>
public class XmlDocumentReaderTests
{
    [Test]
    public void NamespacesAreKeptApartFromTheLocalName()
    {
        var root = XmlDocumentReader.Parse(Encoding.UTF8.GetBytes("<a:Root xmlns:a=\"urn:x\"><Child>1</Child></a:Root>"));
        Assert.Multiple(() =>
        {
            Assert.That(root.LocalName, Is.EqualTo("Root"));
            Assert.That(root.Tag, Is.EqualTo("{urn:x}Root"));
            Assert.That(root.Children[0].Tag, Is.EqualTo("Child"));
            Assert.That(root.Children[0].Text, Is.EqualTo("1"));
        });
    }

    [Test]
    public void AnEmptyElementHasNoTextAndAnElementWithChildrenKeepsOnlyTheTextBeforeTheFirstChild()
    {
        var root = XmlDocumentReader.Parse(Encoding.UTF8.GetBytes("<R>\n  <A></A><B/>tail<C><![CDATA[x<y]]></C></R>"));
        Assert.Multiple(() =>
        {
            Assert.That(root.Text, Is.EqualTo("\n  "));
            Assert.That(root.Children[0].Text, Is.Null);
            Assert.That(root.Children[1].Text, Is.Null);
            Assert.That(root.Children[2].Text, Is.EqualTo("x<y"));
        });
    }

    [Test]
    public void AttributesAreKeyedAsElementTreeKeysThemWithoutNamespaceDeclarations()
    {
        var root = XmlDocumentReader.Parse(Encoding.UTF8.GetBytes(
            "<R xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"Group\" plain=\"v\"/>"));
        Assert.That(root.Attributes.Select(a => a.Key + "=" + a.Value), Is.EqualTo(new[]
        {
            "{http://www.w3.org/2001/XMLSchema-instance}type=Group",
            "plain=v",
        }));
    }

    [TestCase("")]
    [TestCase("<open>")]
    [TestCase("not xml")]
    public void ABodyThatIsNotWellFormedXmlIsAResponseParserError(string body) =>
        Assert.Throws<ResponseParserError>(() => XmlDocumentReader.Parse(Encoding.UTF8.GetBytes(body)));
}
