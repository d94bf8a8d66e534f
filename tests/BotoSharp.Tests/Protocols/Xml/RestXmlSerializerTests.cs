using System.Text;
using BotoSharp.Protocols.RestXml;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>rest-xml body rules that the conformance data does not pin down.</summary>
public class RestXmlSerializerTests
{
    private const string Shapes = """
        {
          "Input": {"type": "structure", "locationName": "Root", "xmlNamespace": {"uri": "urn:x"}, "members": {
            "Nested": {"shape": "Nested"}
          }},
          "Nested": {"type": "structure", "members": {
            "Kind": {"shape": "String", "locationName": "xsi:type", "xmlAttribute": true},
            "A": {"shape": "String"},
            "B": {"shape": "String"},
            "C": {"shape": "String"}
          }},
          "String": {"type": "string"}
        }
        """;

    [Test]
    public void ANullMemberStopsTheRestOfItsStructureFromBeingWritten()
    {
        var operation = XmlTestModels.Operation("rest-xml", Shapes);
        var parameters = new Dictionary<string, object?>
        {
            ["Nested"] = new Dictionary<string, object?> { ["A"] = "a", ["B"] = null, ["C"] = "c" },
        };
        var body = Encoding.UTF8.GetString(new RestXmlSerializer().Serialize(parameters, operation).BodyBytes!);
        // botocore returns from the structure at the first None, so C is lost too.
        Assert.That(body, Is.EqualTo("<Root xmlns=\"urn:x\"><Nested><A>a</A></Nested></Root>"));
    }

    [Test]
    public void AnXmlAttributeMemberIsWrittenOnItsStructureElement()
    {
        var operation = XmlTestModels.Operation("rest-xml", Shapes);
        var parameters = new Dictionary<string, object?>
        {
            ["Nested"] = new Dictionary<string, object?> { ["Kind"] = "Group", ["A"] = "a" },
        };
        var request = new RestXmlSerializer().Serialize(parameters, operation);
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetString(request.BodyBytes!),
                Is.EqualTo("<Root xmlns=\"urn:x\"><Nested xsi:type=\"Group\"><A>a</A></Nested></Root>"));
            Assert.That(request.Headers.Contains("Content-Type"), Is.False);
        });
    }
}
