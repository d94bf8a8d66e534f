using System.Text;
using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols;

/// <summary>
/// One pass over every JSON-family conformance file that prints passed/total per protocol and kind (the figures to
/// compare with botocore's own run in the conformance README) and fails if any case fails.
/// </summary>
[TestFixture]
public sealed class ConformanceSummaryTests
{
    private static readonly (string File, ConformanceRunner.BodyComparer Body, Func<string, byte[]> Decode)[] s_protocols =
    {
        ("json", BodyComparers.Json, Encoding.UTF8.GetBytes),
        ("json_1_0", BodyComparers.Json, Encoding.UTF8.GetBytes),
        ("json_1_0-query-compatible", BodyComparers.Json, Encoding.UTF8.GetBytes),
        ("rest-json", BodyComparers.RestJson, Encoding.UTF8.GetBytes),
        ("smithy-rpc-v2-cbor", BodyComparers.Cbor, Convert.FromBase64String),
        ("smithy-rpc-v2-cbor-query-compatible", BodyComparers.Cbor, Convert.FromBase64String),
        ("smithy-rpc-v2-cbor-non-query-compatible", BodyComparers.Cbor, Convert.FromBase64String),
    };

    [Test]
    public void EveryJsonFamilyCaseBotocorePassesPassesHere()
    {
        var report = new StringBuilder();
        var failures = new List<string>();
        int passedAll = 0, totalAll = 0;
        foreach (var (file, body, decode) in s_protocols)
        {
            foreach (var kind in new[] { "input", "output" })
            {
                int passed = 0, total = 0;
                foreach (var testCase in ProtocolTestLoader.Load(file, kind))
                {
                    total++;
                    string? problem;
                    try
                    {
                        problem = kind == "input"
                            ? ConformanceRunner.RunInput(testCase, ProtocolFactory.CreateSerializer(testCase.MetadataProtocol, includeValidation: false), body)
                            : ConformanceRunner.RunOutput(testCase, ProtocolFactory.CreateParser(testCase.MetadataProtocol), decode);
                    }
                    catch (Exception e)
                    {
                        problem = e.GetType().Name + ": " + e.Message;
                    }
                    if (problem is null)
                    {
                        passed++;
                    }
                    else
                    {
                        failures.Add($"{testCase}: {problem}");
                    }
                }
                report.AppendLine($"{file,-42} {kind,-6} {passed,4}/{total,-4}");
                passedAll += passed;
                totalAll += total;
            }
        }
        report.AppendLine($"{"all JSON-family protocols",-42} {"both",-6} {passedAll,4}/{totalAll,-4}");
        TestContext.Out.WriteLine(report.ToString());
        Assert.That(failures, Is.Empty, report.ToString());
        Assert.That(totalAll, Is.EqualTo(512), "case count: botocore runs 512 JSON-family cases after its ignore list");
    }
}
