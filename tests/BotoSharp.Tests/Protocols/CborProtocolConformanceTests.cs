using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols;

/// <summary>botocore's smithy-rpc-v2-cbor conformance cases (plain and the two query-compatibility variants).</summary>
[TestFixture]
public sealed class CborProtocolConformanceTests
{
    private static readonly string[] s_files =
        { "smithy-rpc-v2-cbor", "smithy-rpc-v2-cbor-query-compatible", "smithy-rpc-v2-cbor-non-query-compatible" };

    /// <summary>The input cases.</summary>
    public static IEnumerable<TestCaseData> InputCases() => ConformanceCases.For("input", s_files);

    /// <summary>The output cases.</summary>
    public static IEnumerable<TestCaseData> OutputCases() => ConformanceCases.For("output", s_files);

    [TestCaseSource(nameof(InputCases))]
    public void SerializesTheRequestBotocoreSends(ProtocolTestCase testCase)
    {
        var serializer = ProtocolFactory.CreateSerializer(testCase.MetadataProtocol, includeValidation: false);
        var problem = ConformanceRunner.RunInput(testCase, serializer, BodyComparers.Cbor);
        Assert.That(problem, Is.Null, problem);
    }

    [TestCaseSource(nameof(OutputCases))]
    public void ParsesTheResponseAsBotocoreDoes(ProtocolTestCase testCase)
    {
        var parser = ProtocolFactory.CreateParser(testCase.MetadataProtocol);
        var problem = ConformanceRunner.RunOutput(testCase, parser, Convert.FromBase64String);
        Assert.That(problem, Is.Null, problem);
    }
}
