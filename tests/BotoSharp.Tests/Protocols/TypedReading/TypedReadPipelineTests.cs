using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Services.EC2;
using BotoSharp.Services.S3;
using BotoSharp.Services.STS;
using BotoSharp.Tests.Clients.Retries;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// Typed calls through the whole call path over scripted responses: the typed result equals what the dynamic client
/// (dictionary path) returns for the same bytes, S3's list-objects URL decoding holds on the typed path, a handler
/// that wants the parsed dictionary still gets all of it, and malformed or truncated XML raises instead of reading
/// as an empty result.
/// </summary>
public sealed class TypedReadPipelineTests
{
    private const string ListBody = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
        + "<Name>bucket</Name><Prefix>a%2Fb+c</Prefix><KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys><EncodingType>url</EncodingType>"
        + "<IsTruncated>false</IsTruncated><Contents><Key>a%2Fb+c%20d</Key><LastModified>2026-01-02T03:04:05.000Z</LastModified>"
        + "<ETag>&quot;e1&quot;</ETag><Size>12</Size><StorageClass>STANDARD</StorageClass></Contents>"
        + "<Contents><Key>plain</Key><LastModified>2026-01-02T03:04:06.000Z</LastModified><ETag>&quot;e2&quot;</ETag><Size>7</Size>"
        + "<StorageClass>STANDARD</StorageClass></Contents><CommonPrefixes><Prefix>p%2B</Prefix></CommonPrefixes></ListBucketResult>";

    private const string IdentityBody = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
        + "<Arn>arn:aws:iam::123456789012:user/u</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
        + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>";

    private const string InstancesBody = "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>req-2</requestId>"
        + "<reservationSet><item><reservationId>r-1</reservationId><ownerId>1</ownerId><instancesSet><item><instanceId>i-1</instanceId>"
        + "<instanceState><code>16</code><name>running</name></instanceState><launchTime>2026-01-02T03:04:05.000Z</launchTime>"
        + "<tagSet><item><key>k</key><value>v</value></item></tagSet><ebsOptimized>false</ebsOptimized></item></instancesSet></item></reservationSet>"
        + "</DescribeInstancesResponse>";

    [Test]
    public async Task ListObjectsV2IsDecodedOnTheTypedPathAsOnTheDictionaryPath()
    {
        var typed = await Session(out _, t => t.Respond(200, ListBody, ("x-amz-request-id", "R"), ("x-amz-id-2", "H")))
            .CreateClient<S3Client>("us-east-1").ListObjectsV2Async(new ListObjectsV2Request { Bucket = "bucket" });
        var parsed = await DynamicClient.Over(Session(out _, t => t.Respond(200, ListBody, ("x-amz-request-id", "R"), ("x-amz-id-2", "H")))
            .CreateClient("s3", "us-east-1")).InvokeAsync("ListObjectsV2", new Dictionary<string, object?> { ["Bucket"] = "bucket" });

        Assert.That(typed.Contents!.Select(o => o.Key), Is.EqualTo(new[] { "a/b c d", "plain" }));
        Assert.That(typed.Prefix, Is.EqualTo("a/b c"));
        Assert.That(typed.CommonPrefixes![0].Prefix, Is.EqualTo("p+"));
        Assert.That(TypedReadProbe.Project(typed), Is.EqualTo(TypedReadProbe.Project(FromParsed<ListObjectsV2Output>(parsed))));
        Assert.That((typed.ResponseMetadata!.RequestId, typed.ResponseMetadata.HostId, typed.ResponseMetadata.HttpStatusCode), Is.EqualTo(("R", "H", 200)));
        Assert.That(typed.ResponseMetadata.HttpHeaders["x-amz-id-2"], Is.EqualTo("H"));
    }

    [Test]
    public async Task AnAfterCallHandlerStillSeesTheWholeParsedDictionary()
    {
        var session = Session(out _, t => t.Respond(200, ListBody));
        IDictionary<string, object?>? seen = null;
        session.Register("after-call.s3.ListObjectsV2", kwargs =>
        {
            seen = (IDictionary<string, object?>)kwargs["parsed"]!;
            return null;
        });

        var typed = await session.CreateClient<S3Client>("us-east-1").ListObjectsV2Async(new ListObjectsV2Request { Bucket = "bucket" });

        Assert.That(seen, Does.ContainKey("Contents").And.ContainKey("KeyCount"));
        Assert.That(typed.KeyCount, Is.EqualTo(2));
        Assert.That(typed.Contents![0].Key, Is.EqualTo("a/b c d"));
    }

    [Test]
    public async Task QueryAndEc2OutputsCarryTheBodysRequestIdAndRetries()
    {
        var identity = await Session(out _, t => t.Respond(500, "").Respond(200, IdentityBody))
            .CreateClient<STSClient>("us-east-1").GetCallerIdentityAsync(new GetCallerIdentityRequest());
        var instances = await Session(out _, t => t.Respond(200, InstancesBody))
            .CreateClient<EC2Client>("us-east-1").DescribeInstancesAsync(new DescribeInstancesRequest());

        Assert.That((identity.Account, identity.ResponseMetadata!.RequestId, identity.ResponseMetadata.RetryAttempts), Is.EqualTo(("123456789012", "req-1", 1)));
        var instance = instances.Reservations![0].Instances![0];
        Assert.That((instance.InstanceId, instance.State!.Code, instance.Tags![0].Value, instance.EbsOptimized), Is.EqualTo(("i-1", 16, "v", false)));
        Assert.That(instance.LaunchTime, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.That(instances.ResponseMetadata!.RequestId, Is.EqualTo("req-2"));
    }

    /// <summary>Every proper prefix of each body, and a few corruptions, must raise botocore's parser error.</summary>
    [TestCase("s3")]
    [TestCase("sts")]
    [TestCase("ec2")]
    public void TruncatedOrMalformedXmlRaisesOnTheTypedPath(string service)
    {
        var body = service switch { "s3" => ListBody, "sts" => IdentityBody, _ => InstancesBody };
        var cuts = Enumerable.Range(1, body.Length - 1).Where(i => i % 7 == 0 || i > body.Length - 12).Select(i => body[..i]);
        var corrupt = new[] { body.Replace("</Name>", "</Nme>", StringComparison.Ordinal).Replace("</Arn>", "<Arn>", StringComparison.Ordinal)
            .Replace("</instanceId>", "</instanceid>", StringComparison.Ordinal), body + "<trailing/>", body.Replace("<", "<<", StringComparison.Ordinal) };
        foreach (var text in cuts.Concat(corrupt))
        {
            if (service == "s3")
            {
                // botocore's _handle_200_error makes an unparsable S3 200 a 500 that is retried; this script has one
                // answer, so the retry fails the call: anything but a successful (empty) listing.
                Assert.That(async () => await Call(service, text), Throws.Exception, $"no error for: {text}");
                continue;
            }
            Assert.ThrowsAsync<ResponseParserError>(() => Call(service, text), $"no error for: {text}");
        }
    }

    private static T FromParsed<T>(Dictionary<string, object?> parsed)
        where T : IResponseShape<T> => T.FromParsed(parsed);

    private static Task Call(string service, string body)
    {
        var session = Session(out _, t => t.Respond(200, body));
        return service switch
        {
            "s3" => session.CreateClient<S3Client>("us-east-1").ListObjectsV2Async(new ListObjectsV2Request { Bucket = "bucket" }),
            "sts" => session.CreateClient<STSClient>("us-east-1").GetCallerIdentityAsync(new GetCallerIdentityRequest()),
            _ => session.CreateClient<EC2Client>("us-east-1").DescribeInstancesAsync(new DescribeInstancesRequest()),
        };
    }

    private static Session Session(out ScriptedTransport transport, Action<ScriptedTransport> script)
    {
        var scripted = new ScriptedTransport();
        script(scripted);
        transport = scripted;
        var environment = new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_ACCESS_KEY_ID"] = "AKID",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
        };
        return new Session(environment: environment) { TimeProvider = new RecordingClock(), RetryRandom = () => 0.5, TransportFactory = _ => scripted };
    }
}
