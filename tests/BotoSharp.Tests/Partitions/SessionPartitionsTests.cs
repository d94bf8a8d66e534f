using System.Text.Json.Nodes;
using BotoSharp.Tests.Loading;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Partitions;

/// <summary>The session's partition and region members, compared with botocore over the same data path.</summary>
[TestFixture]
public class SessionPartitionsTests
{
    private static readonly Dictionary<string, string> s_environment = new()
    {
        ["HOME"] = Path.Combine(Path.GetTempPath(), "botosharp-no-home"),
        ["AWS_DATA_PATH"] = PythonOracle.BotocoreDataPath,
    };

    private static readonly object[][] s_queries =
    {
        new object[] { "ec2", "aws", false }, new object[] { "elb", "aws", false }, new object[] { "s3", "aws", true },
        new object[] { "s3", "aws-cn", false }, new object[] { "iam", "aws", false }, new object[] { "iam", "aws", true },
        new object[] { "dynamodb", "aws-us-gov", true }, new object[] { "sagemaker-runtime", "aws", false },
        new object[] { "cloudwatch", "aws-iso", false }, new object[] { "no-such-service", "aws", false },
        new object[] { "ec2", "no-such-partition", false }, new object[] { "route53", "aws", true },
    };

    private static readonly Lazy<JsonArray> s_botocore = new(() => Botocore.Run("""
import botocore.session
s = botocore.session.get_session()
emit([s.get_available_regions(q[0], q[1], q[2]) for q in INPUT])
""", s_queries, s_environment)!.AsArray());

    // One session for all queries: each would otherwise re-read and re-parse the same models.
    private static readonly Lazy<Session> s_session = new(() => new Session(environment: s_environment));

    private static IEnumerable<TestCaseData> Queries() => s_queries.Select((q, i) =>
        new TestCaseData(i).SetName($"Available regions of {q[0]} in {q[1]} (non-regional {q[2]}) are botocore's"));

    [TestCaseSource(nameof(Queries))]
    [Category("Differential")]
    public void Available_regions_match_botocore(int index)
    {
        var q = s_queries[index];
        var session = s_session.Value;
        var expected = s_botocore.Value[index]!.AsArray().Select(n => (string)n!);
        Assert.That(session.GetAvailableRegions((string)q[0], (string)q[1], (bool)q[2]), Is.EqualTo(expected));
    }

    [Test]
    public void Partitions_come_from_the_built_in_endpoints_without_a_data_path()
    {
        var session = new Session(environment: new Dictionary<string, string> { ["HOME"] = s_environment["HOME"] });
        Assert.That(session.GetAvailablePartitions(), Is.EqualTo(new[] { "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc" }));
        Assert.That(session.GetPartitionForRegion("cn-northwest-1"), Is.EqualTo("aws-cn"));
    }

    [Test]
    public void An_endpoints_file_on_the_data_path_replaces_the_built_in_one()
    {
        using var data = new TempDataPath().Write("endpoints",
            """{"version":3,"partitions":[{"partition":"mine","regions":{"here-1":{}},"regionRegex":"^here\\-\\d+$","services":{}}]}""");
        var session = new Session(environment: new Dictionary<string, string> { ["HOME"] = s_environment["HOME"], ["AWS_DATA_PATH"] = data.Root });
        Assert.That(session.GetAvailablePartitions(), Is.EqualTo(new[] { "mine" }));
        Assert.That(session.GetPartitionForRegion("here-7"), Is.EqualTo("mine"));
    }
}
