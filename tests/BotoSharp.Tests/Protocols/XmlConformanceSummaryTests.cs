using System.Text;
using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Protocols.XmlConformance;

namespace BotoSharp.Tests.Protocols;

/// <summary>
/// One pass over the query, ec2 and rest-xml conformance files (current and legacy) that prints passed/total per
/// protocol and kind and fails if any case fails; with the JSON family's 512 this makes botocore's 915.
/// </summary>
[TestFixture]
public sealed class XmlConformanceSummaryTests
{
    [Test]
    public void EveryXmlFamilyCaseBotocorePassesPassesHere()
    {
        var report = new StringBuilder();
        var failures = new List<string>();
        int passedAll = 0, totalAll = 0;
        foreach (var file in new[] { "query", "ec2", "rest-xml" })
        {
            foreach (var kind in new[] { "input", "output" })
            {
                int passed = 0, total = 0;
                foreach (var testCase in ProtocolTestLoader.Load(file, kind))
                {
                    total++;
                    var problem = Run(testCase, kind);
                    if (problem is null)
                    {
                        passed++;
                    }
                    else
                    {
                        failures.Add($"{testCase}: {problem}");
                    }
                }
                report.AppendLine($"{file,-10} {kind,-6} {passed,4}/{total,-4}");
                passedAll += passed;
                totalAll += total;
            }
        }
        report.AppendLine($"{"all XML",-10} {"both",-6} {passedAll,4}/{totalAll,-4}");
        TestContext.Out.WriteLine(report.ToString());
        Assert.That(failures, Is.Empty, report.ToString());
        Assert.That(totalAll, Is.EqualTo(403), "case count: botocore runs 211 input and 192 output XML-family cases after its ignore list");
    }

    private static string? Run(ProtocolTestCase testCase, string kind)
    {
        try
        {
            if (kind == "input")
            {
                var body = testCase.MetadataProtocol == "rest-xml" ? XmlBodyComparer.Canonical : (ConformanceRunner.BodyComparer)BodyComparers.Exact;
                return ConformanceRunner.RunInput(testCase, ProtocolFactory.CreateSerializer(testCase.MetadataProtocol, includeValidation: false), body);
            }
            return ConformanceRunner.RunOutput(testCase, ProtocolFactory.CreateParser(testCase.MetadataProtocol), Encoding.UTF8.GetBytes);
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }
}
