using BotoSharp.Clients;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.S3;
using BotoSharp.Tests.Clients.Retries;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Performance;

/// <summary>
/// A typed success builds its parsed dictionary only when something reads it (<c>ApiCall.Parsed</c>); the retry loop,
/// the retry checks and telemetry use the typed metadata meanwhile. None of it may show: the output's
/// <c>ResponseMetadata</c> after retries is the dictionary path's, and a user handler still gets botocore's whole
/// dictionary, one object for every handler of the call, whose edits reach the output.
/// </summary>
public sealed class DeferredParsedTests
{
    private const string ItemBody = PerCallReuseTests.ItemBody;
    private const string ServerError = """{"__type":"InternalServerError","message":"x"}""";

    private const string ListBody = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
        + "<Name>bucket</Name><Prefix></Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><EncodingType>url</EncodingType>"
        + "<IsTruncated>false</IsTruncated><Contents><Key>a%2Fb</Key><Size>1</Size></Contents></ListBucketResult>";

    // Failed attempts before the success: standard mode's third attempt reaches its limit (MaxAttemptsReached on the
    // success, as botocore's MaxAttemptsChecker records it); legacy mode's limit is further away.
    [TestCase("standard", 0)]
    [TestCase("standard", 1)]
    [TestCase("standard", 2)]
    [TestCase("legacy", 2)]
    public async Task ATypedOutputsMetadataAfterRetriesIsTheDictionaryPaths(string mode, int failures)
    {
        var typed = await GetItem(Session(Script(failures), ("AWS_RETRY_MODE", mode)).CreateClient<DynamoDBClient>("us-east-1"));
        var parsed = await DynamicClient.Over(Session(Script(failures), ("AWS_RETRY_MODE", mode)).CreateClient("dynamodb", "us-east-1"))
            .InvokeAsync("GetItem", ItemParameters());

        var expected = ResponseMetadata.From(parsed)!;
        var metadata = typed.ResponseMetadata!;
        Assert.That((metadata.RequestId, metadata.HttpStatusCode, metadata.RetryAttempts, metadata.MaxAttemptsReached),
            Is.EqualTo((expected.RequestId, expected.HttpStatusCode, expected.RetryAttempts, expected.MaxAttemptsReached)));
        Assert.That((metadata.RetryAttempts, metadata.MaxAttemptsReached), Is.EqualTo((failures, mode == "standard" && failures == 2)));
        Assert.That(metadata.HttpHeaders, Is.EqualTo(expected.HttpHeaders));
    }

    [Test]
    public async Task UserHandlersOfATypedCallShareBotocoresDictionaryAndTheirEditsReachTheOutput()
    {
        var session = Session(Script(1), ("AWS_RETRY_MODE", "standard"));
        var seenByRetry = new List<Dictionary<string, object?>>();
        Dictionary<string, object?>? seenAfterCall = null;
        long? retryAttemptsAfterCall = null;
        for (var i = 0; i < 2; i++)
        {
            session.Register("needs-retry.dynamodb.GetItem", kwargs =>
            {
                if (kwargs["response"] is ValueTuple<BotoSharp.Http.AwsResponse, Dictionary<string, object?>> (_, var parsed))
                {
                    seenByRetry.Add(parsed);
                }
                return null;
            });
        }
        session.Register("after-call.dynamodb.GetItem", kwargs =>
        {
            seenAfterCall = (Dictionary<string, object?>)kwargs["parsed"]!;
            var metadata = (Dictionary<string, object?>)seenAfterCall["ResponseMetadata"]!;
            retryAttemptsAfterCall = (long?)metadata["RetryAttempts"];
            metadata["RetryAttempts"] = 7L;
            return null;
        });

        var typed = await GetItem(session.CreateClient<DynamoDBClient>("us-east-1"));
        var dynamic = await DynamicClient.Over(Session(Script(1), ("AWS_RETRY_MODE", "standard")).CreateClient("dynamodb", "us-east-1"))
            .InvokeAsync("GetItem", ItemParameters());

        // Two attempts, two handlers each; the final attempt's handlers and after-call hold one dictionary.
        Assert.That(seenByRetry, Has.Count.EqualTo(4));
        Assert.That(seenByRetry[3], Is.SameAs(seenByRetry[2]));
        Assert.That(seenAfterCall, Is.SameAs(seenByRetry[3]));
        Assert.That(seenAfterCall!.Keys, Is.EqualTo(dynamic.Keys));
        var metadata = (Dictionary<string, object?>)seenAfterCall["ResponseMetadata"]!;
        var expected = (Dictionary<string, object?>)dynamic["ResponseMetadata"]!;
        Assert.That(metadata.Keys, Is.EqualTo(expected.Keys));
        Assert.That((metadata["RequestId"], metadata["HTTPStatusCode"], retryAttemptsAfterCall), Is.EqualTo((expected["RequestId"], expected["HTTPStatusCode"], 1L)));
        Assert.That(typed.ResponseMetadata!.RetryAttempts, Is.EqualTo(7));
        Assert.That(typed.Item!["k"].S, Is.EqualTo("1"));
    }

    [Test]
    public async Task AnS3TypedListingRetriedOrReadAtAnotherStatusHasTheDictionaryPathsMetadata()
    {
        // A 500 retried (the region redirector and S3's status row listen to needs-retry, skipped after a typed
        // success), then with a before-parse handler that has the success parsed as a 206 (the rows run then).
        foreach (var rewriteStatus in new[] { false, true })
        {
            var typedSession = ListSession(rewriteStatus);
            var typed = await typedSession.CreateClient<S3Client>("us-east-1").ListObjectsV2Async(new ListObjectsV2Request { Bucket = "bucket" });
            var parsed = await DynamicClient.Over(ListSession(rewriteStatus).CreateClient("s3", "us-east-1"))
                .InvokeAsync("ListObjectsV2", new Dictionary<string, object?> { ["Bucket"] = "bucket" });

            var expected = ResponseMetadata.From(parsed)!;
            var metadata = typed.ResponseMetadata!;
            Assert.That((metadata.RequestId, metadata.HostId, metadata.HttpStatusCode, metadata.RetryAttempts),
                Is.EqualTo((expected.RequestId, expected.HostId, expected.HttpStatusCode, expected.RetryAttempts)));
            Assert.That((metadata.HttpStatusCode, metadata.RetryAttempts), Is.EqualTo((rewriteStatus ? 206 : 200, 1)));
            Assert.That(typed.Contents![0].Key, Is.EqualTo("a/b"));
        }
    }

    [Test]
    public async Task ATypedSuccessSpanCarriesItsRequestIdAndStatus()
    {
        using var recorder = new SpanRecorder();
        var transport = new ScriptedTransport().Respond(200, ItemBody, ("x-amzn-RequestId", "deferred-span"));

        await GetItem(Session(transport).CreateClient<DynamoDBClient>("us-east-1"));

        var span = recorder.Spans.Single(s => s.DisplayName == "DynamoDB.GetItem" && (string?)s.GetTagItem("aws.request_id") == "deferred-span");
        Assert.That(span.GetTagItem("http.response.status_code"), Is.EqualTo(200));
    }

    private static Session ListSession(bool rewriteStatus)
    {
        var transport = new ScriptedTransport().Respond(500, "").Respond(200, ListBody, ("x-amz-request-id", "R"), ("x-amz-id-2", "H"));
        var session = Session(transport, ("AWS_RETRY_MODE", "standard"));
        if (rewriteStatus)
        {
            session.Register("before-parse.s3.ListObjectsV2", kwargs =>
            {
                var response = (IDictionary<string, object?>)kwargs["response_dict"]!;
                if (response["status_code"] is 200)
                {
                    response["status_code"] = 206;
                }
                return null;
            });
        }
        return session;
    }

    private static ScriptedTransport Script(int failures)
    {
        var transport = new ScriptedTransport();
        for (var i = 0; i < failures; i++)
        {
            transport.Respond(500, ServerError, ("x-amzn-RequestId", $"E{i}"));
        }
        return transport.Respond(200, ItemBody, ("x-amzn-RequestId", "R1"));
    }

    private static Dictionary<string, object?> ItemParameters() => new()
    {
        ["TableName"] = "t",
        ["Key"] = new Dictionary<string, object?> { ["k"] = new Dictionary<string, object?> { ["S"] = "1" } },
    };

    private static Task<GetItemOutput> GetItem(DynamoDBClient client) => PerCallReuseTests.GetItem(client);

    private static Session Session(ScriptedTransport transport, params (string Name, string Value)[] extra) => DirectRowsTests.Session(transport, extra);
}
