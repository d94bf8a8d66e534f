using System.Text;
using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Tests.Http;
using BotoSharp.Tests.Integration;

namespace BotoSharp.Tests.Integrity;

/// <summary>
/// Bad input never becomes success and never reaches the wire: headers with CR/LF, malformed XML listings, regions
/// that build no valid host, and response bodies a caller leaves open.
/// </summary>
[TestFixture]
public sealed class CallPathFaultTests
{
    private const string ListingStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>";

    [TestCase("ContentType", "text/plain\r\nX-Injected: 1", "Content-Type")]
    [TestCase("ContentType", "text/plain\nGET /smuggled HTTP/1.1", "Content-Type")]
    [TestCase("Metadata", "value\r\nX-Injected: 1", "x-amz-meta-key")]
    public void A_header_value_with_CR_or_LF_is_refused_and_nothing_is_sent(string member, string value, string header)
    {
        using var server = new LocalHttpServer(LocalHttpServer.Reply(200));
        var client = S3Over(server.Url);
        var parameters = new Dictionary<string, object?> { ["Bucket"] = "b", ["Key"] = "k", ["Body"] = Encoding.UTF8.GetBytes("x") };
        parameters[member] = member == "Metadata" ? new Dictionary<string, object?> { ["key"] = value } : value;
        var error = Assert.CatchAsync<ArgumentException>(() => client.InvokeAsync("PutObject", parameters));
        Assert.That(error!.ParamName, Is.EqualTo(header).IgnoreCase);
        Assert.That(error.Message, Does.StartWith("Invalid header value b'"));
        Assert.That(server.Requests, Is.Empty);
        Assert.That(server.Connections, Is.Zero);
    }

    [Test]
    public void A_metadata_key_with_CR_LF_is_refused_and_nothing_is_sent()
    {
        using var server = new LocalHttpServer(LocalHttpServer.Reply(200));
        var client = S3Over(server.Url);
        var error = Assert.CatchAsync<ArgumentException>(() => client.InvokeAsync("PutObject", new Dictionary<string, object?>
        {
            ["Bucket"] = "b",
            ["Key"] = "k",
            ["Metadata"] = new Dictionary<string, object?> { ["a\r\nX-Injected"] = "v" },
        }));
        Assert.That(error!.Message, Does.StartWith("Invalid header name b'x-amz-meta-a\\r\\nX-Injected'"));
        Assert.That(server.Connections, Is.Zero);
    }

    [TestCase(ListingStart + "<Contents><Key>a</Ke")]
    [TestCase(ListingStart + "<Contents><Key>a</Key></Contents>")]
    [TestCase("this is not xml")]
    [TestCase(ListingStart + "<KeyCount>1</Name></ListBucketResult>")]
    [TestCase(ListingStart + "</ListBucketResult><ListBucketResult>")]
    public void A_malformed_ListObjectsV2_body_raises_instead_of_listing_nothing(string body)
    {
        // botocore treats a 200 whose body is not XML as a 500 (retried, then raised): checked against botocore 1.43.11.
        var client = S3Over("https://s3.amazonaws.com", maxAttempts: 1);
        client.Meta.Events.Register("before-send", kwargs =>
            new AwsResponse(((AwsRequest)kwargs["request"]!).Url, 200, new HttpHeaderList(), Encoding.UTF8.GetBytes(body), null));
        var error = Assert.CatchAsync<ClientError>(() => client.InvokeAsync("ListObjectsV2", new Dictionary<string, object?> { ["Bucket"] = "b" }));
        Assert.That(error!.Message, Is.EqualTo("An error occurred (500) when calling the ListObjectsV2 operation (reached max retries: 0): Internal Server Error"));
    }

    // botocore's region check accepts both (its regex allows an empty label and $ matches before a final newline);
    // create_endpoint then refuses the host they build.
    [TestCase("", "Invalid endpoint: https://sqs..amazonaws.com")]
    [TestCase("us-east-1\n", "Invalid endpoint: https://sqs.us-east-1\n.amazonaws.com")]
    public void A_region_that_builds_no_valid_host_is_refused_as_botocore_refuses_it(string region, string message)
    {
        var session = new Session(environment: new Dictionary<string, string> { ["AWS_CONFIG_FILE"] = "/nonexistent", ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent" });
        var error = Assert.Catch<ArgumentException>(() => session.CreateClient("sqs", region, awsAccessKeyId: "a", awsSecretAccessKey: "b"));
        Assert.That(error!.Message, Does.StartWith(message));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Fourteen_undisposed_GetObject_bodies_do_not_block_the_fifteenth_call()
    {
        var client = DynamicClient.Over(MotoFixture.NewSession().CreateClient("s3", endpointUrl: MotoFixture.Server.EndpointUrl));
        var bucket = "undisposed-" + Guid.NewGuid().ToString("N")[..8];
        await client.InvokeAsync("CreateBucket", new Dictionary<string, object?> { ["Bucket"] = bucket });
        await client.InvokeAsync("PutObject", new Dictionary<string, object?> { ["Bucket"] = bucket, ["Key"] = "k", ["Body"] = new byte[256 * 1024] });
        var open = new List<object?>();
        for (var i = 0; i < 14; i++)
        {
            open.Add((await client.InvokeAsync("GetObject", new Dictionary<string, object?> { ["Bucket"] = bucket, ["Key"] = "k" }))["Body"]);
        }
        var fifteenth = client.InvokeAsync("GetObject", new Dictionary<string, object?> { ["Bucket"] = bucket, ["Key"] = "k" });
        var result = await fifteenth.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.That(result["ContentLength"], Is.EqualTo(256 * 1024L));
        foreach (var body in open.Append(result["Body"]))
        {
            ((Stream)body!).Dispose();
        }
    }

    private static DynamicClient S3Over(string endpointUrl, int maxAttempts = 5)
    {
        var session = new Session(environment: new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent",
            ["AWS_MAX_ATTEMPTS"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return DynamicClient.Over(session.CreateClient("s3", "us-east-1", endpointUrl: endpointUrl, awsAccessKeyId: "a", awsSecretAccessKey: "b"));
    }
}
