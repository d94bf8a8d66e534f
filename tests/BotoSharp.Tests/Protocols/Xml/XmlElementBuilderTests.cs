using BotoSharp.Protocols.Xml;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>Request bodies must match ElementTree's <c>tostring(encoding='utf-8')</c> byte for byte.</summary>
public class XmlElementBuilderTests
{
    [Test]
    public void AnElementWithoutTextOrChildrenIsSelfClosedWithASpace()
    {
        var root = new XmlElementBuilder("R");
        root.AddChild("c").Text = string.Empty;
        Assert.That(root.ToString(), Is.EqualTo("<R><c /></R>"));
    }

    [Test]
    public void TextAndAttributesAreEscapedAsElementTreeEscapesThem()
    {
        var root = new XmlElementBuilder("R");
        root.SetAttribute("xmlns", "http://x");
        root.AddChild("a").Text = "x&<>\"'\r\n\tZ";
        root.AddChild("b").SetAttribute("k", "a&<>\"\r\n\t");
        Assert.That(root.ToString(), Is.EqualTo(
            "<R xmlns=\"http://x\"><a>x&amp;&lt;&gt;\"'\r\n\tZ</a><b k=\"a&amp;&lt;&gt;&quot;&#13;&#10;&#09;\" /></R>"));
    }

    [Test]
    public void SettingAnAttributeAgainReplacesItsValueInPlace()
    {
        var root = new XmlElementBuilder("R");
        root.SetAttribute("a", "1");
        root.SetAttribute("b", "2");
        root.SetAttribute("a", "3");
        Assert.That(root.ToString(), Is.EqualTo("<R a=\"3\" b=\"2\" />"));
    }
}
