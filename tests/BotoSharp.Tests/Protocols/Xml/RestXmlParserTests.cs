using System.Text;
using BotoSharp.Protocols;
using BotoSharp.Protocols.RestXml;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>rest-xml members read from the HTTP response rather than the body.</summary>
public class RestXmlParserTests
{
    private const string Shapes = """
        {
          "Output": {"type": "structure", "members": {
            "Status": {"shape": "Integer", "location": "statusCode"},
            "Meta": {"shape": "Meta", "location": "headers", "locationName": "x-amz-meta-"},
            "Tags": {"shape": "Strings", "location": "header", "locationName": "X-Tags"},
            "On": {"shape": "Boolean"},
            "Off": {"shape": "Boolean"}
          }},
          "Meta": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
          "Strings": {"type": "list", "member": {"shape": "String"}},
          "Integer": {"type": "integer"},
          "Boolean": {"type": "boolean"},
          "String": {"type": "string"}
        }
        """;

    [Test]
    public void StatusHeadersAndBodyMembersAreReadFromTheirLocations()
    {
        var headers = new HeaderCollection();
        headers.Set("X-Amz-Meta-Color", "blue");
        headers.Set("x-tags", "a, b,c");
        headers.Set("x-amz-request-id", "req");
        var response = new ProtocolResponse(201, headers, Encoding.UTF8.GetBytes("<Output><On>true</On><Off>True</Off></Output>"));
        var parsed = new RestXmlResponseParser().Parse(response,
            XmlTestModels.Operation("rest-xml", Shapes, inputShape: null, outputShape: "Output").OutputShape);
        Assert.Multiple(() =>
        {
            Assert.That(parsed["Status"], Is.EqualTo(201L));
            // The prefix matches in any case and the rest of the header name keeps its case.
            Assert.That(parsed["Meta"], Is.EqualTo(new Dictionary<string, object?> { ["Color"] = "blue" }));
            Assert.That(parsed["Tags"], Is.EqualTo(new List<object?> { "a", "b", "c" }));
            Assert.That(parsed["On"], Is.True);
            // Only the exact text "true" is true.
            Assert.That(parsed["Off"], Is.False);
            Assert.That(((IDictionary<string, object?>)parsed["ResponseMetadata"]!)["HostId"], Is.EqualTo(string.Empty));
        });
    }
}
