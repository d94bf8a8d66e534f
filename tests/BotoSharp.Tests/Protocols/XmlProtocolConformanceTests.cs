using System.Text;
using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Protocols.XmlConformance;

namespace BotoSharp.Tests.Protocols;

/// <summary>
/// botocore's query, ec2 and rest-xml conformance cases (current and legacy) against our serializers and parsers,
/// with the runner's allowances (see the shared <see cref="ConformanceRunner"/>): form bodies compared exactly,
/// rest-xml bodies canonically.
/// </summary>
[TestFixture]
public sealed class XmlProtocolConformanceTests
{
    private static readonly string[] s_files = { "query", "ec2", "rest-xml" };

    /// <summary>The input cases.</summary>
    public static IEnumerable<TestCaseData> InputCases() => ConformanceCases.For("input", s_files);

    /// <summary>The output cases.</summary>
    public static IEnumerable<TestCaseData> OutputCases() => ConformanceCases.For("output", s_files);

    [TestCaseSource(nameof(InputCases))]
    public void SerializesTheRequestBotocoreSends(ProtocolTestCase testCase)
    {
        var serializer = ProtocolFactory.CreateSerializer(testCase.MetadataProtocol, includeValidation: false);
        var compare = testCase.MetadataProtocol == "rest-xml"
            ? XmlBodyComparer.Canonical
            : (ConformanceRunner.BodyComparer)BodyComparers.Exact;
        var problem = ConformanceRunner.RunInput(testCase, serializer, compare);
        Assert.That(problem, Is.Null, problem);
    }

    [TestCaseSource(nameof(OutputCases))]
    public void ParsesTheResponseAsBotocoreDoes(ProtocolTestCase testCase)
    {
        var parser = ProtocolFactory.CreateParser(testCase.MetadataProtocol);
        var problem = ConformanceRunner.RunOutput(testCase, parser, Encoding.UTF8.GetBytes);
        Assert.That(problem, Is.Null, problem);
    }
}
