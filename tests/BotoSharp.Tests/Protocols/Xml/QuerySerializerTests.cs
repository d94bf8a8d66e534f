using System.Text;
using BotoSharp.Protocols.Ec2;
using BotoSharp.Protocols.Query;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>The query and ec2 naming rules that differ from each other.</summary>
public class QuerySerializerTests
{
    private const string Shapes = """
        {
          "Input": {"type": "structure", "members": {
            "Items": {"shape": "Strings"},
            "Flat": {"shape": "FlatStrings", "locationName": "FlatName"},
            "Named": {"shape": "String", "locationName": "named", "queryName": "QueryNamed"},
            "Lower": {"shape": "String", "locationName": "lower"},
            "Tags": {"shape": "TagMap"},
            "Flag": {"shape": "Boolean"}
          }},
          "Strings": {"type": "list", "member": {"shape": "String"}},
          "FlatStrings": {"type": "list", "member": {"shape": "String", "locationName": "Item"}, "flattened": true},
          "TagMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
          "String": {"type": "string"},
          "Boolean": {"type": "boolean"}
        }
        """;

    [Test]
    public void QuerySendsAnEmptyListAsTheBareNameAndEc2LeavesItOut()
    {
        var operation = XmlTestModels.Operation("query", Shapes);
        var parameters = new Dictionary<string, object?> { ["Items"] = new List<object?>() };
        Assert.Multiple(() =>
        {
            Assert.That(Body(new QuerySerializer(), parameters, operation), Is.EqualTo("Action=Op&Version=2020-01-01&Items="));
            Assert.That(Body(new Ec2Serializer(), parameters, operation), Is.EqualTo("Action=Op&Version=2020-01-01"));
        });
    }

    [Test]
    public void AFlattenedListMemberNameReplacesTheLastSegmentOfThePrefix()
    {
        var operation = XmlTestModels.Operation("query", Shapes);
        var parameters = new Dictionary<string, object?> { ["Flat"] = new List<object?> { "a", "b" } };
        Assert.That(Body(new QuerySerializer(), parameters, operation), Is.EqualTo("Action=Op&Version=2020-01-01&Item.1=a&Item.2=b"));
    }

    [Test]
    public void QueryListsUseMemberAndMapsUseEntryKeyValue()
    {
        var operation = XmlTestModels.Operation("query", Shapes);
        var parameters = new Dictionary<string, object?>
        {
            ["Items"] = new List<object?> { "x y" },
            ["Tags"] = new Dictionary<string, object?> { ["k"] = "v" },
        };
        Assert.That(Body(new QuerySerializer(), parameters, operation),
            Is.EqualTo("Action=Op&Version=2020-01-01&Items.member.1=x+y&Tags.entry.1.key=k&Tags.entry.1.value=v"));
    }

    [Test]
    public void Ec2PrefersQueryNameThenCapitalisesLocationNameAndNeverUsesMember()
    {
        var operation = XmlTestModels.Operation("ec2", Shapes);
        var parameters = new Dictionary<string, object?>
        {
            ["Named"] = "n",
            ["Lower"] = "l",
            ["Items"] = new List<object?> { "a" },
            ["Flag"] = false,
        };
        Assert.That(Body(new Ec2Serializer(), parameters, operation),
            Is.EqualTo("Action=Op&Version=2020-01-01&QueryNamed=n&Lower=l&Items.1=a&Flag=false"));
    }

    [Test]
    public void TheRequestIsAFormPostWithBotocoresContentType()
    {
        var request = new QuerySerializer().Serialize(new Dictionary<string, object?>(), XmlTestModels.Operation("query", Shapes));
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.UrlPath, Is.EqualTo("/"));
            Assert.That(request.Headers["Content-Type"], Is.EqualTo("application/x-www-form-urlencoded; charset=utf-8"));
        });
    }

    private static string Body(QuerySerializer serializer, Dictionary<string, object?> parameters, BotoSharp.Models.OperationModel operation) =>
        Encoding.UTF8.GetString(serializer.Serialize(parameters, operation).BodyBytes!);
}
