using System.Text;
using BotoSharp.Protocols;
using BotoSharp.Protocols.RestXml;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Protocols.XmlConformance;

namespace BotoSharp.Tests.Protocols;

/// <summary>
/// botocore's query, ec2 and rest-xml conformance cases (current and legacy) against our serializers and parsers,
/// with the runner's allowances: form bodies compared exactly, rest-xml bodies canonically, the query output
/// adjustments, and event streams expanded into their events.
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
        var adjusted = XmlOutputCaseAdjustments.Apply(testCase);
        var eventStream = adjusted.BuildOperationModel().HasEventStreamOutput;
        // Event stream bodies are stored base64-encoded; botocore's runner expands the stream into its events.
        var parser = eventStream ? new EventListParser(ProtocolFactory.CreateParser(testCase.MetadataProtocol)) : ProtocolFactory.CreateParser(testCase.MetadataProtocol);
        var problem = ConformanceRunner.RunOutput(adjusted, parser, eventStream ? Convert.FromBase64String : Encoding.UTF8.GetBytes);
        Assert.That(problem, Is.Null, problem);
    }

    // Reads a lazily parsed event stream payload into a list, as the runner's list(value) does.
    private sealed class EventListParser : IProtocolParser
    {
        private readonly IProtocolParser _inner;

        public EventListParser(IProtocolParser inner) => _inner = inner;

        public Dictionary<string, object?> Parse(ProtocolResponse response, BotoSharp.Models.OperationModel operation) =>
            Expand(_inner.Parse(response, operation));

        public Dictionary<string, object?> Parse(ProtocolResponse response, BotoSharp.Models.Shape? shape) =>
            Expand(_inner.Parse(response, shape));

        private static Dictionary<string, object?> Expand(Dictionary<string, object?> parsed)
        {
            foreach (var key in parsed.Keys.ToList())
            {
                if (parsed[key] is RestXmlEventStream events)
                {
                    parsed[key] = events.Cast<object?>().ToList();
                }
            }
            return parsed;
        }
    }
}
