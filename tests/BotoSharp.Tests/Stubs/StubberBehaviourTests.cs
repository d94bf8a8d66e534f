using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Services.S3;
using BotoSharp.Stubs;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Stubs;

/// <summary>botocore's documented Stubber behaviour on typed and dynamic clients: order, queueing, errors, activation.</summary>
[TestFixture]
public sealed class StubberBehaviourTests
{
    /// <summary>A typed call gets the typed output built from the stubbed response, and nothing reaches the wire.</summary>
    [Test]
    public async Task A_typed_call_returns_the_stubbed_typed_output_without_sending()
    {
        using var s3 = StubberClients.S3(out var sent);
        using var stubber = new Stubber(s3).Activate();
        stubber.AddResponse("ListObjectsV2",
            new ListObjectsV2Output { KeyCount = 1, Contents = new() { new() { Key = "a.txt", Size = 3 } } },
            new ListObjectsV2Request { Bucket = "b", Prefix = "a" });

        var output = await s3.ListObjectsV2Async(new ListObjectsV2Request { Bucket = "b", Prefix = "a" });

        Assert.That(output.KeyCount, Is.EqualTo(1));
        Assert.That(output.Contents!.Single().Key, Is.EqualTo("a.txt"));
        Assert.That(sent, Is.Empty);
        Assert.That(stubber.AssertNoPendingResponses, Throws.Nothing);
    }

    /// <summary>The dynamic client gets the very dictionary that was queued, as botocore returns it.</summary>
    [Test]
    public async Task A_dynamic_call_returns_the_queued_dictionary()
    {
        using var s3 = StubberClients.S3(out _);
        var client = DynamicClient.Over(s3);
        using var stubber = new Stubber(client).Activate();
        var response = new Dictionary<string, object?> { ["Buckets"] = new List<object?> { new Dictionary<string, object?> { ["Name"] = "x" } } };
        stubber.AddResponse("list_buckets", response);

        Assert.That(await client.InvokeAsync("ListBuckets"), Is.SameAs(response));
    }

    /// <summary>Responses answer first in, first out; a call for another operation than the next response is refused.</summary>
    [Test]
    public async Task Responses_are_used_in_order_and_a_call_out_of_order_is_refused()
    {
        using var s3 = StubberClients.S3(out _);
        using var stubber = new Stubber(s3).Activate();
        stubber.AddResponse("ListBuckets", new Dictionary<string, object?>());
        stubber.AddResponse("HeadBucket", new Dictionary<string, object?>());

        var error = Assert.ThrowsAsync<StubResponseError>(() => s3.HeadBucketAsync(new HeadBucketRequest { Bucket = "b" }));
        Assert.That(error!.Message, Is.EqualTo("Error getting response stub for operation HeadBucket: Operation mismatch: found response for ListBuckets."));
        await s3.ListBucketsAsync();
        await s3.HeadBucketAsync(new HeadBucketRequest { Bucket = "b" });
        var unstubbed = Assert.ThrowsAsync<UnStubbedResponseError>(() => s3.ListBucketsAsync());
        Assert.That(unstubbed!.Message, Is.EqualTo("Error getting response stub for operation ListBuckets: Unexpected API Call: A call was made but no "
            + "additional calls expected. Either the API Call was not stubbed or it was called multiple times."));
    }

    /// <summary>assert_no_pending_responses counts what is left, with botocore's text.</summary>
    [Test]
    public void Pending_responses_are_reported_with_their_count()
    {
        using var s3 = StubberClients.S3(out _);
        var stubber = new Stubber(s3);
        stubber.AddResponse("ListBuckets", new Dictionary<string, object?>());
        stubber.AddClientError("ListBuckets", "AccessDenied");

        var error = Assert.Throws<StubPendingResponsesError>(stubber.AssertNoPendingResponses);
        Assert.That(error!.Message, Is.EqualTo("2 responses remaining in queue."));
    }

    /// <summary>A client error comes out as the modeled exception with botocore's parsed shape, modeled fields included.</summary>
    [Test]
    public void A_client_error_raises_the_modeled_exception_with_its_fields()
    {
        using var s3 = StubberClients.S3(out _);
        using var stubber = new Stubber(s3).Activate();
        stubber.AddClientError("GetObject", "InvalidObjectState", "archived", 403,
            serviceErrorMeta: new Dictionary<string, object?> { ["Detail"] = "d" },
            responseMeta: new Dictionary<string, object?> { ["RequestId"] = "r-1" },
            modeledFields: new Dictionary<string, object?> { ["StorageClass"] = "GLACIER" });

        var error = Assert.ThrowsAsync<InvalidObjectState>(() => s3.GetObjectAsync(new GetObjectRequest { Bucket = "b", Key = "k" }));

        Assert.That(error!.Message, Is.EqualTo("An error occurred (InvalidObjectState) when calling the GetObject operation: archived"));
        Assert.That(error.StorageClass?.ToString(), Is.EqualTo("GLACIER"));
        Assert.That((error.Response["Error"] as IDictionary<string, object?>)!["Detail"], Is.EqualTo("d"));
        Assert.That(error.StatusCode, Is.EqualTo(403));
        Assert.That(error.RequestId, Is.EqualTo("r-1"));
    }

    /// <summary>Deactivating (leaving the using scope) unhooks the stubber: the next call goes to the wire.</summary>
    [Test]
    public async Task Leaving_the_scope_deactivates_the_stubber()
    {
        using var s3 = StubberClients.S3(out var sent);
        using (var stubber = new Stubber(s3).Activate())
        {
            stubber.AddResponse("ListBuckets", new Dictionary<string, object?>());
            await s3.ListBucketsAsync();
        }
        await s3.ListBucketsAsync();
        Assert.That(sent, Has.Count.EqualTo(1));
    }

    /// <summary>A presigned URL is not a call: it uses up no response (botocore's _should_not_stub).</summary>
    [Test]
    public void Presigning_does_not_use_a_response()
    {
        using var s3 = StubberClients.S3(out _);
        using var stubber = new Stubber(s3).Activate();
        stubber.AddResponse("ListBuckets", new Dictionary<string, object?>());

        Assert.That(s3.GeneratePresignedUrl(new GetObjectRequest { Bucket = "b", Key = "k" }), Does.Contain("/k?"));
        Assert.That(stubber.AssertNoPendingResponses, Throws.InstanceOf<StubPendingResponsesError>());
    }

    /// <summary>Stubber.Any matches any value of an expected parameter.</summary>
    [Test]
    public async Task Any_matches_any_value()
    {
        using var s3 = StubberClients.S3(out _);
        using var stubber = new Stubber(s3).Activate();
        stubber.AddResponse("HeadObject", new HeadObjectOutput(), new Dictionary<string, object?> { ["Bucket"] = "b", ["Key"] = Stubber.Any });

        await s3.HeadObjectAsync(new HeadObjectRequest { Bucket = "b", Key = "whatever" });
        Assert.That(stubber.AssertNoPendingResponses, Throws.Nothing);
    }

    /// <summary>An operation the client does not have is refused when queued, as botocore's ValueError.</summary>
    [Test]
    public void An_unknown_operation_is_refused()
    {
        using var s3 = StubberClients.S3(out _);
        var stubber = new Stubber(s3);
        Assert.That(() => stubber.AddResponse("list_things", new Dictionary<string, object?>()),
            Throws.ArgumentException.With.Message.StartsWith("Client s3 does not have method: list_things"));
    }
}
