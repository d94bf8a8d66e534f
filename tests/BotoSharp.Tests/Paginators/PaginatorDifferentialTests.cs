using BotoSharp.Paginators;

namespace BotoSharp.Tests.Paginators;

/// <summary>
/// Paginators against botocore over one moto_server with seeded data (1,000 S3 keys across prefixes, 300 DynamoDB
/// items, 120 SQS queues, 60 IAM users, 25 EC2 reservations): for each scenario and combination of MaxItems, PageSize and StartingToken,
/// the same pages (ResponseMetadata aside), the same resume token string and the same full result.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PaginatorDifferentialTests
{
    private static IEnumerable<(string Service, string Operation, Dictionary<string, object?> Params)> Operations()
    {
        yield return ("s3", "ListObjectsV2", new() { ["Bucket"] = "pagers" });
        yield return ("s3", "ListObjectsV2", new() { ["Bucket"] = "pagers", ["Prefix"] = "p1/", ["Delimiter"] = "/" });
        yield return ("s3", "ListObjects", new() { ["Bucket"] = "pagers", ["Prefix"] = "p2/s1" });
        yield return ("s3", "ListObjects", new() { ["Bucket"] = "pagers", ["Delimiter"] = "/" });
        yield return ("dynamodb", "Scan", new() { ["TableName"] = "pagers" });
        yield return ("dynamodb", "Query", new()
        {
            ["TableName"] = "pagers",
            ["KeyConditionExpression"] = "pk = :k",
            ["ExpressionAttributeValues"] = new Dictionary<string, object?> { [":k"] = new Dictionary<string, object?> { ["S"] = "k1" } },
        });
        yield return ("sqs", "ListQueues", new() { ["QueueNamePrefix"] = "pagers-" });
        yield return ("iam", "ListUsers", new());
        yield return ("ec2", "DescribeInstances", new());
    }

    private static IEnumerable<PaginationConfig> Configs()
    {
        yield return new PaginationConfig();
        yield return new PaginationConfig { PageSize = 50 };
        yield return new PaginationConfig { MaxItems = 7 };
        yield return new PaginationConfig { MaxItems = 130, PageSize = 40 };
        yield return new PaginationConfig { MaxItems = 100, PageSize = 25 };
    }

    /// <summary>Every scenario pages exactly as botocore does, then resumes from the resume token as botocore does.</summary>
    [Test]
    public async Task Paginators_give_botocores_pages_tokens_and_full_results_against_moto()
    {
        var cases = Operations().SelectMany(o => Configs().Select(c => (o.Service, o.Operation, o.Params, Config: c))).ToList();
        var (mismatches, scenarios, typed) = await PaginatorComparison.CompareAsync(cases);
        TestContext.Out.WriteLine($"paginator scenarios: {scenarios - mismatches.Count}/{scenarios} agree ({cases.Count} first, the rest resumed from botocore's tokens); " +
            $"the typed paginator ran {typed.Count}, {typed.Count(t => t.Planned)} of them on its compiled plan");
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(10)));
        // Every service here is compiled in. Only S3 ListObjects (output token NextMarker || Contents[-1].Key) needs the
        // runtime engine; the rest page by member access.
        Assert.That(typed, Has.Count.EqualTo(scenarios));
        Assert.That(typed.Where(t => t.Planned != (t.Operation != "ListObjects")), Is.Empty);
    }
}
