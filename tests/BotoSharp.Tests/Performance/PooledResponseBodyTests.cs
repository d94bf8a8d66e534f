using System.Buffers;
using System.IO.Hashing;
using System.Net;
using System.Text;
using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.EC2;
using BotoSharp.Services.Lambda;
using BotoSharp.Services.S3;
using BotoSharp.Services.STS;
using BotoSharp.Tests.Clients.Retries;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Performance;

/// <summary>
/// The response body in a pooled buffer (h/bodypool): every public holder of the body keeps its own array, the buffer
/// goes back only when no handler outside the builtin rows saw the response, never twice, never after a read that
/// failed; a returned buffer is scribbled over here, so any late reader of it would read garbage.
/// </summary>
public sealed class PooledResponseBodyTests
{
    private const string IdentityBody = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
        + "<Arn>arn:aws:iam::123456789012:user/u</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
        + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>";

    private const string ListBody = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
        + "<Name>bucket</Name><Prefix>a%2Fb</Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><EncodingType>url</EncodingType>"
        + "<IsTruncated>false</IsTruncated><Contents><Key>a%2Fb%20c</Key><LastModified>2026-01-02T03:04:05.000Z</LastModified>"
        + "<ETag>&quot;e1&quot;</ETag><Size>12</Size><StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>";

    private const string ItemBody = "{\"Item\":{\"k\":{\"S\":\"1\"},\"name\":{\"S\":\"Ada\"}}}";

    [Test]
    public async Task Typed_calls_read_the_pooled_body_and_hand_every_buffer_back_once()
    {
        var (session, handler, pool) = Session();
        handler.Respond(200, IdentityBody).Respond(200, ListBody).Respond(200, ItemBody, ("x-amz-crc32", Crc32Of(ItemBody)))
            .Respond(200, InstancesBody);

        var identity = await session.CreateClient<STSClient>("us-east-1").GetCallerIdentityAsync(new GetCallerIdentityRequest());
        var list = await session.CreateClient<S3Client>("us-east-1").ListObjectsV2Async(new ListObjectsV2Request { Bucket = "bucket" });
        var item = await session.CreateClient<DynamoDBClient>("us-east-1").GetItemAsync(new GetItemInput { TableName = "t", Key = new() { ["k"] = new() { S = "1" } } });
        var instances = await session.CreateClient<EC2Client>("us-east-1").DescribeInstancesAsync(new DescribeInstancesRequest());

        Assert.That((identity.Arn, identity.ResponseMetadata!.RequestId), Is.EqualTo(("arn:aws:iam::123456789012:user/u", "req-1")));
        Assert.That((list.Prefix, list.Contents![0].Key, list.Contents[0].Size), Is.EqualTo(("a/b", "a/b c", 12L)));
        Assert.That(item.Item!["name"].S, Is.EqualTo("Ada"));
        Assert.That(instances.Reservations![0].Instances![0].InstanceId, Is.EqualTo("i-1"));
        Assert.That((pool.Rented, pool.Returned, pool.Outstanding), Is.EqualTo((4, 4, 0)));
    }

    [Test]
    public async Task The_dynamic_client_parses_a_copy_and_the_buffer_still_goes_back()
    {
        var (session, handler, pool) = Session();
        handler.Respond(200, ListBody);

        var parsed = await DynamicClient.Over(session.CreateClient("s3", "us-east-1"))
            .InvokeAsync("ListObjectsV2", new Dictionary<string, object?> { ["Bucket"] = "bucket" });

        var contents = (List<object?>)parsed["Contents"]!;
        Assert.That(((Dictionary<string, object?>)contents[0]!)["Key"], Is.EqualTo("a/b c"));
        Assert.That(pool.Outstanding, Is.Zero);
    }

    [Test]
    public async Task A_handler_outside_the_builtin_rows_keeps_the_response_and_its_body_stays_readable()
    {
        var (session, handler, pool) = Session();
        handler.Respond(200, IdentityBody);
        AwsResponse? kept = null;
        session.Register("after-call.sts.GetCallerIdentity", kwargs =>
        {
            kept = (AwsResponse)kwargs["http_response"]!;
            return null;
        });

        await session.CreateClient<STSClient>("us-east-1").GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.That(pool.Outstanding, Is.EqualTo(1), "the buffer is left to the collector");
        Assert.That(Encoding.UTF8.GetString(kept!.Content!), Is.EqualTo(IdentityBody));
    }

    [Test]
    public async Task A_retried_attempt_hands_its_buffer_back_and_none_goes_back_twice()
    {
        var (session, handler, pool) = Session();
        handler.Respond(500, "<ErrorResponse><Error><Code>InternalFailure</Code><Message>m</Message></Error></ErrorResponse>").Respond(200, IdentityBody);

        var identity = await session.CreateClient<STSClient>("us-east-1").GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.That(identity.ResponseMetadata!.RetryAttempts, Is.EqualTo(1));
        Assert.That((pool.Rented, pool.Returned), Is.EqualTo((2, 2)));
    }

    [Test]
    public async Task A_blob_payload_is_the_callers_own_array()
    {
        var (session, handler, pool) = Session();
        handler.Respond(200, "{\"result\":42}");

        var invoked = await session.CreateClient<LambdaClient>("us-east-1").InvokeAsync(new InvocationRequest { FunctionName = "f" });

        Assert.That(pool.Outstanding, Is.Zero);
        Assert.That(Encoding.UTF8.GetString(invoked.Payload!), Is.EqualTo("{\"result\":42}"));
    }

    [Test]
    public async Task S3s_200_with_an_error_document_read_in_place_is_still_the_modeled_error()
    {
        var (session, handler, pool) = Session();
        const string errorBody = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>no</Message></Error>";
        // The check makes it a 500, which standard retries try three times.
        handler.Respond(200, errorBody).Respond(200, errorBody).Respond(200, errorBody);

        var error = Assert.CatchAsync<ClientError>(() => session.CreateClient<S3Client>("us-east-1").ListObjectsV2Async(new ListObjectsV2Request { Bucket = "bucket" }));

        Assert.That((error!.Code, error.ErrorMessage, error.StatusCode), Is.EqualTo(("AccessDenied", "no", 500)));
        Assert.That((pool.Rented, pool.Outstanding), Is.EqualTo((3, 0)));
    }

    [Test]
    public async Task A_read_that_fails_keeps_its_buffer_out_of_the_pool_and_a_body_outside_the_plain_subset_reads_the_same()
    {
        var (session, handler, pool) = Session();
        handler.Respond(200, IdentityBody[..^20]).Respond(200, IdentityBody.Replace("<UserId>", "<!-- c --><UserId>", StringComparison.Ordinal));
        var sts = session.CreateClient<STSClient>("us-east-1");

        Assert.ThrowsAsync<ResponseParserError>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));
        Assert.That(pool.Outstanding, Is.EqualTo(1));
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.That(identity.UserId, Is.EqualTo("AIDA"));
        Assert.That((pool.Rented, pool.Returned), Is.EqualTo((2, 1)));
    }

    [Test]
    public async Task The_transport_reads_bodies_shorter_or_longer_than_their_length_chunked_bodies_and_empty_ones_whole()
    {
        var pool = new ScribblingPool();
        var handler = new ScriptedHandler();
        var large = new string('x', 40_000) + "end";
        handler.Respond(200, "short", contentLength: 10).Respond(200, "longer than said", contentLength: 4)
            .Respond(200, large, contentLength: null).Respond(200, "", contentLength: 0);
        using var transport = new HttpTransport(new HttpTransportOptions { Proxies = ProxyResolver.None }, handler) { BodyPool = pool };

        var bodies = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var response = await transport.SendAsync(new AwsRequest("GET", "https://example.com/"));
            bodies.Add(Encoding.UTF8.GetString(response.Content!));
            Assert.That(response.Content, Is.SameAs(response.Content), "one copy, made on first read");
            response.ReturnBodyBuffer();
        }

        Assert.That(bodies, Is.EqualTo(new[] { "short", "longer than said", large, "" }));
        Assert.That(pool.Outstanding, Is.Zero, "grown buffers went back as they were replaced");
    }

    [Test]
    public async Task A_body_of_exactly_its_length_is_read_into_one_buffer_even_at_a_power_of_two()
    {
        var pool = new ScribblingPool();
        var body = new string('y', 16_384);
        var handler = new ScriptedHandler().Respond(200, body, contentLength: 16_384);
        using var transport = new HttpTransport(new HttpTransportOptions { Proxies = ProxyResolver.None }, handler) { BodyPool = pool };

        var response = await transport.SendAsync(new AwsRequest("GET", "https://example.com/"));

        Assert.That(Encoding.UTF8.GetString(response.Content!), Is.EqualTo(body));
        Assert.That(pool.Rented, Is.EqualTo(1), "the read that finds the end had room: no grown copy");
        response.ReturnBodyBuffer();
        Assert.That(pool.Outstanding, Is.Zero);
    }

    [Test]
    public async Task A_returned_body_goes_back_once_and_a_first_read_after_it_is_an_error_not_garbage()
    {
        var pool = new ScribblingPool();
        var handler = new ScriptedHandler().Respond(200, "first", contentLength: 5).Respond(200, "second", contentLength: 6);
        using var transport = new HttpTransport(new HttpTransportOptions { Proxies = ProxyResolver.None }, handler) { BodyPool = pool };

        var readBefore = await transport.SendAsync(new AwsRequest("GET", "https://example.com/"));
        var content = readBefore.Content;
        Assert.That(readBefore.ReturnBodyBuffer(), Is.True);
        Assert.That(readBefore.ReturnBodyBuffer(), Is.False);
        Assert.That(readBefore.Content, Is.SameAs(content));
        Assert.That(Encoding.UTF8.GetString(content!), Is.EqualTo("first"));

        var unread = await transport.SendAsync(new AwsRequest("GET", "https://example.com/"));
        unread.ReturnBodyBuffer();
        Assert.That(() => unread.Content, Throws.TypeOf<ObjectDisposedException>());
        Assert.That((pool.Rented, pool.Returned), Is.EqualTo((2, 2)));
    }

    [Test]
    public void A_response_made_outside_the_transport_has_no_buffer_to_return()
    {
        var streamed = new AwsResponse("u", 200, new HttpHeaderList(), null, new MemoryStream());
        var given = new AwsResponse("u", 200, new HttpHeaderList(), [1, 2], null);

        Assert.That((streamed.ReturnBodyBuffer(), given.ReturnBodyBuffer()), Is.EqualTo((false, false)));
        Assert.That((streamed.Content, given.Content), Is.EqualTo(((byte[]?)null, new byte[] { 1, 2 })));
    }

    private static string Crc32Of(string body) => Crc32.HashToUInt32(Encoding.UTF8.GetBytes(body)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private const string InstancesBody = "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>req-2</requestId>"
        + "<reservationSet><item><reservationId>r-1</reservationId><instancesSet><item><instanceId>i-1</instanceId></item></instancesSet>"
        + "</item></reservationSet></DescribeInstancesResponse>";

    private static (Session Session, ScriptedHandler Handler, ScribblingPool Pool) Session()
    {
        var handler = new ScriptedHandler();
        var pool = new ScribblingPool();
        var session = new Session(environment: OfflineSession.Environment(("AWS_RETRY_MODE", "standard")))
        {
            TimeProvider = new RecordingClock(),
            RetryRandom = () => 0.5,
            TransportFactory = options => new HttpTransport(options with { Proxies = ProxyResolver.None }, handler) { BodyPool = pool },
        };
        return (session, handler, pool);
    }

    /// <summary>Answers requests in order with scripted bodies, with a Content-Length or chunked (null).</summary>
    private sealed class ScriptedHandler : HttpMessageHandler
    {
        private readonly Queue<(int Status, string Body, int? Length, (string, string)[] Headers)> _answers = new();

        public ScriptedHandler Respond(int status, string body, params (string Name, string Value)[] headers) =>
            Respond(status, body, Encoding.UTF8.GetByteCount(body), headers);

        public ScriptedHandler Respond(int status, string body, int? contentLength, params (string Name, string Value)[] headers)
        {
            _answers.Enqueue((status, body, contentLength, headers));
            return this;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (status, body, length, headers) = _answers.Dequeue();
            // A stream content without a length reads as chunked; the declared length need not be true.
            var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
            content.Headers.ContentLength = length;
            var response = new HttpResponseMessage((HttpStatusCode)status) { Content = content, RequestMessage = request };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }
            return Task.FromResult(response);
        }
    }

    /// <summary>A pool that always rents new arrays, refuses arrays it did not rent or got back already, and fills a
    /// returned array with garbage, as another renter would.</summary>
    private sealed class ScribblingPool : ArrayPool<byte>
    {
        private readonly HashSet<byte[]> _outstanding = new(ReferenceEqualityComparer.Instance);

        public int Rented { get; private set; }

        public int Returned { get; private set; }

        public int Outstanding => _outstanding.Count;

        public override byte[] Rent(int minimumLength)
        {
            var array = new byte[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)minimumLength))];
            lock (_outstanding)
            {
                _outstanding.Add(array);
                Rented++;
            }
            return array;
        }

        public override void Return(byte[] array, bool clearArray = false)
        {
            lock (_outstanding)
            {
                if (!_outstanding.Remove(array))
                {
                    throw new InvalidOperationException("An array returned twice or never rented.");
                }
                Returned++;
            }
            array.AsSpan().Fill(0xEE);
        }
    }
}
