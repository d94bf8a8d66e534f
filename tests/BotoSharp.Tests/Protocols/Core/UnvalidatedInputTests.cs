using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols;

namespace BotoSharp.Tests.Protocols.Core;

/// <summary>With validation switched off, malformed parameters still fail with a typed error, never a crash.</summary>
[TestFixture]
public sealed class UnvalidatedInputTests
{
    private static readonly ServiceModel s_model = ServiceModel.FromJson("""
        {"metadata": {"protocol": "rest-json", "jsonVersion": "1.1", "targetPrefix": "Svc", "endpointPrefix": "svc"},
         "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/{Id}"}, "input": {"shape": "In"}}},
         "shapes": {"In": {"type": "structure", "members": {
             "Id": {"shape": "S", "location": "uri", "locationName": "Id"},
             "Tags": {"shape": "SL", "location": "header", "locationName": "x-tags"},
             "Q": {"shape": "SL", "location": "querystring", "locationName": "q"},
             "When": {"shape": "T"}, "Data": {"shape": "B"}, "Nested": {"shape": "In"}, "List": {"shape": "SL"}}},
           "S": {"type": "string"}, "T": {"type": "timestamp"}, "B": {"type": "blob"}, "SL": {"type": "list", "member": {"shape": "S"}}}}
        """);

    private static IEnumerable<TestCaseData> BadInputs()
    {
        yield return new TestCaseData("Tags", 5).SetName("a header list given a number");
        yield return new TestCaseData("Q", "text").SetName("a query list given a string");
        yield return new TestCaseData("When", "not a date").SetName("a timestamp given text that is no date");
        yield return new TestCaseData("Data", 42L).SetName("a blob given a number");
        yield return new TestCaseData("Nested", "text").SetName("a structure given a string");
        yield return new TestCaseData("List", new Dictionary<string, object?>()).SetName("a list given a dictionary");
        yield return new TestCaseData("Unknown", 1L).SetName("an unknown member");
    }

    [TestCaseSource(nameof(BadInputs))]
    public void EveryProtocolRaisesSerializationError(string member, object value)
    {
        foreach (var protocol in new[] { "rest-json", "json", "smithy-rpc-v2-cbor" })
        {
            var serializer = ProtocolFactory.CreateSerializer(protocol, includeValidation: false);
            var parameters = new Dictionary<string, object?> { ["Id"] = "1", [member] = value };
            Assert.Throws<SerializationError>(() => serializer.Serialize(parameters, s_model.OperationModel("Op")), protocol);
        }
    }
}
