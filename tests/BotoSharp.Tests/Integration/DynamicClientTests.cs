using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Integration;

/// <summary>The dynamic client (a model found only at run time) against a real moto_server, one protocol each.</summary>
[TestFixture]
[Category("Integration")]
public sealed class DynamicClientTests
{
    private static DynamicClient Client(string service) =>
        DynamicClient.Over(MotoFixture.NewSession(RepoPaths.Models).CreateClient(service, endpointUrl: MotoFixture.Server.EndpointUrl));

    [Test]
    public async Task Sts_GetCallerIdentity_over_query_returns_moto_account()
    {
        var result = await Client("sts").InvokeAsync("GetCallerIdentity");
        Assert.That(result["Account"], Is.EqualTo("123456789012"));
    }

    [Test]
    public async Task Sqs_over_json_creates_a_queue_and_round_trips_a_message()
    {
        var sqs = Client("sqs");
        var queue = await sqs.InvokeAsync("CreateQueue", new Dictionary<string, object?> { ["QueueName"] = "dynamic-queue" });
        var url = (string)queue["QueueUrl"]!;
        await sqs.InvokeAsync("SendMessage", new Dictionary<string, object?> { ["QueueUrl"] = url, ["MessageBody"] = "hello" });
        var received = await sqs.InvokeAsync("ReceiveMessage", new Dictionary<string, object?> { ["QueueUrl"] = url });
        var messages = (List<object?>)received["Messages"]!;
        Assert.That(((Dictionary<string, object?>)messages[0]!)["Body"], Is.EqualTo("hello"));
    }

    [Test]
    public async Task S3_over_rest_xml_puts_and_gets_an_object()
    {
        var s3 = Client("s3");
        await s3.InvokeAsync("CreateBucket", new Dictionary<string, object?> { ["Bucket"] = "dynamic-bucket" });
        await s3.InvokeAsync("PutObject", new Dictionary<string, object?> { ["Bucket"] = "dynamic-bucket", ["Key"] = "a.txt", ["Body"] = "content" });
        var got = await s3.InvokeAsync("GetObject", new Dictionary<string, object?> { ["Bucket"] = "dynamic-bucket", ["Key"] = "a.txt" });
        using var reader = new StreamReader((Stream)got["Body"]!);
        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo("content"));
    }

    [Test]
    public async Task A_presigned_S3_GET_is_fetched_by_a_plain_http_client()
    {
        var s3 = Client("s3");
        await s3.InvokeAsync("CreateBucket", new Dictionary<string, object?> { ["Bucket"] = "presign-bucket" });
        await s3.InvokeAsync("PutObject", new Dictionary<string, object?> { ["Bucket"] = "presign-bucket", ["Key"] = "p.txt", ["Body"] = "signed" });
        var url = s3.GeneratePresignedUrl("GetObject", new Dictionary<string, object?> { ["Bucket"] = "presign-bucket", ["Key"] = "p.txt" }, 300);
        using var http = new HttpClient();
        Assert.That(await http.GetStringAsync(url), Is.EqualTo("signed"));
    }

    [Test]
    public async Task Ec2_over_ec2_protocol_describes_regions()
    {
        var result = await Client("ec2").InvokeAsync("DescribeRegions");
        Assert.That((List<object?>)result["Regions"]!, Is.Not.Empty);
    }

    [Test]
    public async Task Lambda_over_rest_json_lists_functions()
    {
        var result = await Client("lambda").InvokeAsync("ListFunctions");
        Assert.That(result["Functions"], Is.InstanceOf<List<object?>>());
    }

    [Test]
    public void A_missing_queue_raises_a_client_error_with_the_query_compatible_code()
    {
        var sqs = Client("sqs");
        var error = Assert.CatchAsync<ClientError>(() => sqs.InvokeAsync("GetQueueUrl", new Dictionary<string, object?> { ["QueueName"] = "nope" }));
        Assert.That(error!.Code, Is.EqualTo("AWS.SimpleQueueService.NonExistentQueue"));
    }

    [Test]
    public async Task Logs_which_is_not_compiled_in_is_reached_through_AWS_DATA_PATH()
    {
        var created = MotoFixture.NewSession(RepoPaths.Models).CreateClient("logs", endpointUrl: MotoFixture.Server.EndpointUrl);
        Assert.That(created, Is.TypeOf<DynamicClient>(), "logs has no compiled client in the tests");
        var logs = (DynamicClient)created;
        await logs.InvokeAsync("CreateLogGroup", new Dictionary<string, object?> { ["logGroupName"] = "/dynamic/group" });
        var groups = await logs.InvokeAsync("DescribeLogGroups", new Dictionary<string, object?> { ["logGroupNamePrefix"] = "/dynamic/" });
        var names = ((List<object?>)groups["logGroups"]!).Select(g => ((Dictionary<string, object?>)g!)["logGroupName"]);
        Assert.That(names, Is.EqualTo(new[] { "/dynamic/group" }));
    }

    [Test]
    public async Task EventBridge_which_is_not_compiled_in_accepts_an_event_with_a_timestamp()
    {
        var events = Client("events");
        var result = await events.InvokeAsync("PutEvents", new Dictionary<string, object?>
        {
            ["Entries"] = new List<object?>
            {
                new Dictionary<string, object?> { ["Source"] = "dyn.app", ["DetailType"] = "Thing", ["Detail"] = "{}", ["Time"] = DateTimeOffset.UtcNow },
            },
        });
        Assert.That(result["FailedEntryCount"], Is.EqualTo(0L));
    }
}
