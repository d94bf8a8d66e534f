using BotoSharp.Customizations;
using BotoSharp.Errors;
using BotoSharp.Events;

namespace BotoSharp.Tests.Customizations;

/// <summary>The builtin rows that read a response, each checked with every row and with that row unregistered.</summary>
[TestFixture]
public sealed class ResponseRowTests
{
    private const string ErrorDocument =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>";

    [Test]
    public async Task An_S3_200_answer_holding_an_error_document_is_an_error()
    {
        var parameters = () => new Dictionary<string, object?> { ["Bucket"] = "b", ["Key"] = "k", ["CopySource"] = "src/k" };
        var on = await RowHarness.CallAsync("s3", "CopyObject", parameters(), answer: RowHarness.Answer(200, ErrorDocument));
        var off = await RowHarness.CallAsync("s3", "CopyObject", parameters(), S3CallHandlers.Handle200Error, answer: RowHarness.Answer(200, ErrorDocument));
        Assert.That(on.Error, Is.InstanceOf<ClientError>());
        Assert.That(((ClientError)on.Error!).Message, Does.Contain("InternalError"));
        Assert.That(off.Error, Is.Null);
    }

    [TestCase("<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">eu-west-1</LocationConstraint>", "eu-west-1")]
    [TestCase("<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>", null)]
    public async Task GetBucketLocation_reads_the_root_text(string body, string? expected)
    {
        var on = await RowHarness.CallAsync("s3", "GetBucketLocation", new() { ["Bucket"] = "b" }, answer: RowHarness.Answer(200, body));
        var off = await RowHarness.CallAsync("s3", "GetBucketLocation", new() { ["Bucket"] = "b" }, S3CallHandlers.ParseGetBucketLocation,
            answer: RowHarness.Answer(200, body));
        Assert.That(on.Parsed!["LocationConstraint"], Is.EqualTo(expected));
        if (expected is not null)
        {
            Assert.That(off.Parsed!.GetValueOrDefault("LocationConstraint"), Is.Not.EqualTo(expected));
        }
    }

    [Test]
    public async Task Listed_keys_are_url_decoded_when_the_sdk_asked_for_the_encoding()
    {
        const string listing = "<ListBucketResult><Name>b</Name><EncodingType>url</EncodingType><Contents><Key>a%20b%2Bc</Key></Contents></ListBucketResult>";
        var on = await RowHarness.CallAsync("s3", "ListObjectsV2", new() { ["Bucket"] = "b" }, answer: RowHarness.Answer(200, listing));
        var off = await RowHarness.CallAsync("s3", "ListObjectsV2", new() { ["Bucket"] = "b" }, S3ListObjectsEncoding.DecodeListObjects,
            "after-call.s3.ListObjectsV2", answer: RowHarness.Answer(200, listing));
        Assert.That(KeyOf(on), Is.EqualTo("a b+c"));
        Assert.That(KeyOf(off), Is.EqualTo("a%20b%2Bc"));
    }

    [Test]
    public void SQS_errors_raise_the_query_error_code()
    {
        // The parser already reads x-amzn-query-error into Code; the row makes the raised code the query code even
        // when a handler or stub hands a parsed error with QueryErrorCode only.
        var context = new Dictionary<string, object?>();
        ServiceHandlers.HandleSqsCompatibleError(new Dictionary<string, object?>
        {
            ["parsed"] = new Dictionary<string, object?> { ["Error"] = new Dictionary<string, object?> { ["Code"] = "QueueDoesNotExist", ["QueryErrorCode"] = "AWS.SimpleQueueService.NonExistentQueue" } },
            ["context"] = context,
        });
        Assert.That(context["error_code_override"], Is.EqualTo("AWS.SimpleQueueService.NonExistentQueue"));
        Assert.That(BuiltinHandlers.All.Any(r => r.EventName == "after-call.sqs.*" && r.Handler == ServiceHandlers.HandleSqsCompatibleError), Is.True);
    }

    private static string? KeyOf(RowHarness.Outcome outcome) =>
        ((Dictionary<string, object?>)((List<object?>)outcome.Parsed!["Contents"]!)[0]!)["Key"] as string;
}
