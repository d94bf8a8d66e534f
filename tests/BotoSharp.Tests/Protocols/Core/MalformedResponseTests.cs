using System.Text;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.Core;

/// <summary>Garbage and truncated bodies never crash a parser: they parse leniently as botocore does or raise <see cref="ResponseParserError"/>.</summary>
[TestFixture]
public sealed class MalformedResponseTests
{
    private static readonly string[] s_bodies =
    {
        "", "garbage", "{", "[1, 2]", "null", "{\"Item\": 5}", "{\"Item\": {\"k\": {\"B\": \"***\"}}}",
        "{\"__type\": 5}", "{\"Records\": [{\"ApproximateArrivalTimestamp\": \"soon\"}]}", "\u0000\u00ff\u0001",
    };

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (service, operation) in new[] { ("dynamodb", "GetItem"), ("kinesis", "GetRecords"), ("lambda", "GetFunction"), ("cloudwatch", "GetMetricData") })
        {
            foreach (var status in new[] { 200, 400, 500 })
            {
                yield return new TestCaseData(service, operation, status).SetName($"{service} {operation} survives malformed {status} bodies");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void ParsesOrRaisesResponseParserError(string service, string operation, int status)
    {
        var folder = Path.Combine(RepoPaths.Models, service);
        var version = Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Last()!;
        var model = ServiceModel.FromJson(File.ReadAllText(Path.Combine(folder, version, "service-2.json")), service);
        var op = model.OperationModel(operation);
        var random = new Random(status);
        var bodies = s_bodies.Select(Encoding.UTF8.GetBytes).Concat(Enumerable.Range(0, 50).Select(_ =>
        {
            var bytes = new byte[random.Next(1, 64)];
            random.NextBytes(bytes);
            return bytes;
        }));
        foreach (var protocol in new[] { model.ResolvedProtocol, "smithy-rpc-v2-cbor" })
        {
            var parser = ProtocolFactory.CreateParser(protocol);
            foreach (var body in bodies)
            {
                try
                {
                    var parsed = parser.Parse(new ProtocolResponse(status, new HeaderCollection(), body), op);
                    Assert.That(parsed, Does.ContainKey("ResponseMetadata"));
                }
                catch (ResponseParserError)
                {
                    // A typed refusal is what malformed data should produce.
                }
            }
        }
    }
}
