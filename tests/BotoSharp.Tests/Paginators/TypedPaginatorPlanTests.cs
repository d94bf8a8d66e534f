using System.Text;
using BotoSharp.Http;
using BotoSharp.Paginators;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.S3;
using BotoSharp.Services.SQS;
using BotoSharp.Tests.Customizations;

namespace BotoSharp.Tests.Paginators;

/// <summary>
/// The generated paginators' compiled plans: which paginators page by member access, what a typed run sends and
/// yields next to the dictionary paginator over the same canned S3 pages, and when the runtime engine takes over.
/// </summary>
[TestFixture]
public sealed class TypedPaginatorPlanTests
{
    /// <summary>Plain member paths compile; S3 ListObjects' output token <c>NextMarker || Contents[-1].Key</c> does not.</summary>
    [Test]
    public void Plain_member_paths_get_a_plan_and_expressions_keep_the_runtime_engine()
    {
        var session = RowHarness.IsolatedSession();
        using var s3 = session.CreateClient<S3Client>("us-east-1", awsAccessKeyId: "AKID", awsSecretAccessKey: "secret");
        using var ddb = session.CreateClient<DynamoDBClient>("us-east-1", awsAccessKeyId: "AKID", awsSecretAccessKey: "secret");
        using var sqs = session.CreateClient<SQSClient>("us-east-1", awsAccessKeyId: "AKID", awsSecretAccessKey: "secret");

        Assert.That(s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = "b" }).UsesTypedPlan, Is.True);
        Assert.That(ddb.Paginators.Scan(new ScanInput { TableName = "t" }).UsesTypedPlan, Is.True);
        Assert.That(sqs.Paginators.ListQueues(new ListQueuesRequest()).UsesTypedPlan, Is.True);
        Assert.That(s3.Paginators.ListObjects(new ListObjectsRequest { Bucket = "b" }).UsesTypedPlan, Is.False);
    }

    /// <summary>
    /// Over the same two canned pages, the typed plan sends the dictionary paginator's requests and gives its pages,
    /// MaxItems truncation and resume token; resuming from that token skips the items already returned. The caller's
    /// request is never changed.
    /// </summary>
    [Test]
    public async Task The_plan_pages_truncates_and_resumes_as_the_dictionary_paginator()
    {
        using var s3 = CannedS3(out var sent);
        var request = new ListObjectsV2Request { Bucket = "b" };
        var config = new PaginationConfig { MaxItems = 3 };

        var typed = s3.Paginators.ListObjectsV2(request, config);
        var keys = new List<string>();
        await foreach (var page in typed)
        {
            keys.AddRange(page.Contents!.Select(o => o.Key!));
        }
        var typedUrls = sent.Select(r => r.Url).ToList();
        sent.Clear();
        var dictionary = s3.GetPaginator("ListObjectsV2").Paginate(new Dictionary<string, object?> { ["Bucket"] = "b" }, config);
        await foreach (var _ in dictionary)
        {
        }

        Assert.That(typed.UsesTypedPlan, Is.True);
        Assert.That(keys, Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(typedUrls, Is.EqualTo(sent.Select(r => r.Url)));
        Assert.That(typedUrls[1], Does.Contain("continuation-token=t1"));
        Assert.That(typed.ResumeToken, Is.EqualTo(dictionary.ResumeToken).And.Not.Null);
        Assert.That(request.ContinuationToken, Is.Null);

        var resumed = new List<string>();
        await foreach (var item in s3.Paginators.ListObjectsV2(request, new PaginationConfig { StartingToken = typed.ResumeToken }).Items)
        {
            resumed.Add(item.Key!);
        }
        Assert.That(resumed, Is.EqualTo(new[] { "d" }));
    }

    /// <summary>
    /// A starting token the typed request cannot carry exactly (a key that is no input token, a number for a string
    /// token) goes to the dictionary paginator, which sends what botocore would.
    /// </summary>
    [Test]
    public void A_starting_token_the_request_cannot_carry_uses_the_runtime_engine()
    {
        using var s3 = CannedS3(out _);
        string Token(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

        Assert.That(s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = "b" },
            new PaginationConfig { StartingToken = Token("{\"ContinuationToken\": \"t1\"}") }).UsesTypedPlan, Is.True);
        Assert.That(s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = "b" },
            new PaginationConfig { StartingToken = Token("{\"ContinuationToken\": \"t1\", \"Prefix\": \"p\"}") }).UsesTypedPlan, Is.False);
        Assert.That(s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = "b" },
            new PaginationConfig { StartingToken = Token("{\"ContinuationToken\": 5}") }).UsesTypedPlan, Is.False);
    }

    // Page one holds a and b (next token t1), page two c and d.
    private static S3Client CannedS3(out List<AwsRequest> sent)
    {
        var client = RowHarness.IsolatedSession().CreateClient<S3Client>("us-east-1", awsAccessKeyId: "AKID", awsSecretAccessKey: "secret");
        var requests = new List<AwsRequest>();
        client.Meta.Events.RegisterFirst("before-send", kwargs =>
        {
            var request = (AwsRequest)kwargs["request"]!;
            requests.Add(request);
            var second = request.Url.Contains("continuation-token=t1", StringComparison.Ordinal);
            var body = second ? Page(["c", "d"], null) : Page(["a", "b"], "t1");
            return new AwsResponse(request.Url, 200, new HttpHeaderList(), Encoding.UTF8.GetBytes(body), null);
        });
        sent = requests;
        return client;
    }

    private static string Page(string[] keys, string? next) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>"
        + string.Concat(keys.Select(k => $"<Contents><Key>{k}</Key><Size>1</Size></Contents>"))
        + $"<KeyCount>{keys.Length}</KeyCount><IsTruncated>{(next is null ? "false" : "true")}</IsTruncated>"
        + (next is null ? "" : $"<NextContinuationToken>{next}</NextContinuationToken>") + "</ListBucketResult>";
}
