using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols;

/// <summary>botocore's awsJson 1.0/1.1 conformance cases (current, legacy and query-compatible) against our serializer and parser.</summary>
[TestFixture]
public sealed class JsonProtocolConformanceTests
{
    private static readonly string[] s_files = { "json", "json_1_0", "json_1_0-query-compatible" };

    /// <summary>The input cases.</summary>
    public static IEnumerable<TestCaseData> InputCases() => ConformanceCases.For("input", s_files);

    /// <summary>The output cases.</summary>
    public static IEnumerable<TestCaseData> OutputCases() => ConformanceCases.For("output", s_files);

    [TestCaseSource(nameof(InputCases))]
    public void SerializesTheRequestBotocoreSends(ProtocolTestCase testCase)
    {
        var serializer = ProtocolFactory.CreateSerializer(testCase.MetadataProtocol, includeValidation: false);
        var problem = ConformanceRunner.RunInput(testCase, serializer, BodyComparers.Json);
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
