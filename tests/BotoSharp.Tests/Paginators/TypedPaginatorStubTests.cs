using BotoSharp.Errors;
using BotoSharp.Paginators;
using BotoSharp.Services.S3;
using BotoSharp.Stubs;
using BotoSharp.Tests.Stubs;
using BotoSharp.Waiters;

namespace BotoSharp.Tests.Paginators;

/// <summary>Generated paginators and waiters driven by the Stubber: typed pages, the tokens sent, typed full results.</summary>
[TestFixture]
public sealed class TypedPaginatorStubTests
{
    /// <summary>Each page is the typed output; the second call carries the first page's continuation token.</summary>
    [Test]
    public async Task Typed_pages_follow_the_continuation_token()
    {
        using var s3 = StubberClients.S3(out var sent);
        using var stubber = new Stubber(s3).Activate();
        QueueTwoPages(stubber);

        var keys = new List<string>();
        await foreach (var page in s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = "b" }))
        {
            keys.AddRange(page.Contents!.Select(o => o.Key!));
        }

        Assert.That(keys, Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(sent, Is.Empty);
        Assert.That(stubber.AssertNoPendingResponses, Throws.Nothing);
    }

    /// <summary>The typed full result joins the result key over the pages; MaxItems leaves botocore's resume token.</summary>
    [Test]
    public async Task The_typed_full_result_joins_the_pages_and_MaxItems_leaves_a_resume_token()
    {
        using var s3 = StubberClients.S3(out _);
        using var stubber = new Stubber(s3).Activate();
        QueueTwoPages(stubber);
        var full = await s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = "b" }).BuildFullResultAsync();
        Assert.That(full.Contents!.Select(o => o.Key), Is.EqualTo(new[] { "a", "b", "c" }));

        stubber.AddResponse("ListObjectsV2", Page(["a", "b"], "t1"), new ListObjectsV2Request { Bucket = "b" });
        var pages = s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = "b" }, new PaginationConfig { MaxItems = 1 });
        var truncated = await pages.BuildFullResultAsync();
        Assert.That(truncated.Contents!.Select(o => o.Key), Is.EqualTo(new[] { "a" }));
        // botocore: {"ContinuationToken": null, "boto_truncate_amount": 1}, base64-encoded JSON.
        Assert.That(pages.ResumeToken, Is.EqualTo("eyJDb250aW51YXRpb25Ub2tlbiI6IG51bGwsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDF9"));
    }

    /// <summary>A paginator streams the items of its primary result key across pages; MaxItems bounds them as botocore does.</summary>
    [Test]
    public async Task Items_stream_the_single_result_key_across_pages_and_honour_MaxItems()
    {
        using var s3 = StubberClients.S3(out _);
        using var stubber = new Stubber(s3).Activate();
        QueueTwoPages(stubber);
        var keys = new List<string>();
        await foreach (var item in s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = "b" }).Items)
        {
            keys.Add(item.Key!);
        }
        Assert.That(keys, Is.EqualTo(new[] { "a", "b", "c" }));

        stubber.AddResponse("ListObjectsV2", Page(["a", "b"], "t1"), new ListObjectsV2Request { Bucket = "b" });
        var bounded = s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = "b" }, new PaginationConfig { MaxItems = 1 });
        var first = new List<string>();
        await foreach (var item in bounded.Items)
        {
            first.Add(item.Key!);
        }
        Assert.That(first, Is.EqualTo(new[] { "a" }));
        Assert.That(bounded.ResumeToken, Is.Not.Null);
        Assert.That(stubber.AssertNoPendingResponses, Throws.Nothing);
    }

    /// <summary>The items are the primary (first) result key's elements; an expression result key gives pages only.</summary>
    [Test]
    public void Items_are_the_primary_result_key_and_only_where_it_is_a_plain_member()
    {
        Assert.That(typeof(S3Paginators).GetMethod("ListObjectsV2")!.ReturnType, Is.EqualTo(typeof(PageIterator<ListObjectsV2Output, BotoSharp.Services.S3.Object>)));
        Assert.That(typeof(S3Paginators).GetMethod("ListObjectVersions")!.ReturnType, Is.EqualTo(typeof(PageIterator<ListObjectVersionsOutput, ObjectVersion>)));
        // Kinesis DescribeStream: result_key "StreamDescription.Shards" is a path, not a member of the output.
        Assert.That(typeof(BotoSharp.Services.Kinesis.KinesisPaginators).GetMethod("DescribeStream")!.ReturnType,
            Is.EqualTo(typeof(PageIterator<BotoSharp.Services.Kinesis.DescribeStreamOutput>)));
    }

    /// <summary>The typed waiter polls until the stubbed bucket exists: a 404 first (retry), then a 200.</summary>
    [Test]
    public async Task The_typed_waiter_polls_until_success()
    {
        using var s3 = StubberClients.S3(out _);
        using var stubber = new Stubber(s3).Activate();
        stubber.AddClientError("HeadBucket", "NotFound", "Not Found", 404, expectedParams: new Dictionary<string, object?> { ["Bucket"] = "b" });
        // As in botocore, the status matcher reads ResponseMetadata.HTTPStatusCode, so the stubbed success carries it.
        stubber.AddResponse("HeadBucket", new Dictionary<string, object?> { ["ResponseMetadata"] = new Dictionary<string, object?> { ["HTTPStatusCode"] = 200L } },
            new Dictionary<string, object?> { ["Bucket"] = "b" });

        await s3.Waiters.BucketExistsAsync(new HeadBucketRequest { Bucket = "b" }, new WaiterConfig { Delay = 0, MaxAttempts = 3 });
        Assert.That(stubber.AssertNoPendingResponses, Throws.Nothing);

        stubber.AddClientError("HeadBucket", "NotFound", "Not Found", 404);
        var error = Assert.ThrowsAsync<WaiterError>(() => s3.Waiters.BucketExistsAsync(new HeadBucketRequest { Bucket = "b" }, new WaiterConfig { Delay = 0, MaxAttempts = 1 }));
        Assert.That(error!.Message, Does.StartWith("Waiter BucketExists failed: Max attempts exceeded"));
    }

    private static void QueueTwoPages(Stubber stubber)
    {
        stubber.AddResponse("ListObjectsV2", Page(["a", "b"], "t1"), new ListObjectsV2Request { Bucket = "b" });
        stubber.AddResponse("ListObjectsV2", Page(["c"], null), new ListObjectsV2Request { Bucket = "b", ContinuationToken = "t1" });
    }

    private static ListObjectsV2Output Page(string[] keys, string? next) => new()
    {
        Contents = keys.Select(k => new BotoSharp.Services.S3.Object { Key = k }).ToList(),
        KeyCount = keys.Length,
        IsTruncated = next is not null,
        NextContinuationToken = next,
    };
}
