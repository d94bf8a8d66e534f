using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols;

/// <summary>botocore's rest-json conformance cases (current and legacy) against our serializer and parser.</summary>
[TestFixture]
public sealed class RestJsonProtocolConformanceTests
{
    /// <summary>The input cases.</summary>
    public static IEnumerable<TestCaseData> InputCases() => ConformanceCases.For("input", "rest-json");

    /// <summary>The output cases.</summary>
    public static IEnumerable<TestCaseData> OutputCases() => ConformanceCases.For("output", "rest-json");

    [TestCaseSource(nameof(InputCases))]
    public void SerializesTheRequestBotocoreSends(ProtocolTestCase testCase)
    {
        var serializer = ProtocolFactory.CreateSerializer(testCase.MetadataProtocol, includeValidation: false);
        var problem = ConformanceRunner.RunInput(testCase, serializer, BodyComparers.RestJson);
        Assert.That(problem, Is.Null, problem);
    }

    [TestCaseSource(nameof(OutputCases))]
    public void ParsesTheResponseAsBotocoreDoes(ProtocolTestCase testCase)
    {
        var parser = ProtocolFactory.CreateParser(testCase.MetadataProtocol);
        var problem = ConformanceRunner.RunOutput(testCase, parser, System.Text.Encoding.UTF8.GetBytes);
        Assert.That(problem, Is.Null, problem);
    }
}
