using System.Text.Json.Nodes;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols.XmlConformance;

/// <summary>
/// What botocore's runner changes in an XML output case before parsing it: a query output with members gets
/// <c>resultWrapper = &lt;Op&gt;Result</c>, and a response without a body gets <c>&lt;xml/&gt;</c> (query) or nothing.
/// </summary>
public static class XmlOutputCaseAdjustments
{
    /// <summary>Returns the case as botocore's runner would parse it.</summary>
    public static ProtocolTestCase Apply(ProtocolTestCase testCase)
    {
        if (testCase.MetadataProtocol != "query")
        {
            return testCase;
        }
        var adjusted = (JsonObject)testCase.Case.DeepClone();
        if (adjusted["response"] is JsonObject response && !response.ContainsKey("body"))
        {
            response["body"] = "<xml/>";
        }
        if (!adjusted.ContainsKey("error") && adjusted["given"]?["output"] is JsonObject output
            && testCase.Suite["shapes"]?[output["shape"]!.GetValue<string>()]?["members"] is JsonObject { Count: > 0 })
        {
            output["resultWrapper"] = testCase.OperationName + "Result";
        }
        return new ProtocolTestCase(testCase.Protocol, testCase.Kind, testCase.Legacy, testCase.SuiteIndex, testCase.CaseIndex,
            testCase.Suite, adjusted);
    }
}
