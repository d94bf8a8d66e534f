using System.IO.Hashing;
using System.Text;
using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.SQS;
using BotoSharp.Tests.Clients.Retries;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// Typed JSON calls (awsJson 1.0: DynamoDB, SQS) through the whole call path over scripted responses: the typed
/// result equals what the dynamic client (dictionary path) returns for the same bytes, with the same
/// ResponseMetadata; DynamoDB's x-amz-crc32 check still runs after a typed read (retried in legacy mode, then
/// ChecksumError); a damaged body never reads as a different result than the dictionary path gives.
/// </summary>
public sealed class TypedJsonPipelineTests
{
    // Single quotes for readability; the JSON has double quotes.
    private static readonly string ItemBody = ("{'Item':{'s':{'S':'text é'},'n':{'N':'12.5'},'b':{'B':'AAEC'},'ss':{'SS':['a','b']},'ns':{'NS':['1','2']},"
        + "'bs':{'BS':['AQ==','Ag==']},'m':{'M':{'inner':{'S':'x'},'deep':{'L':[{'N':'1'},{'NULL':true}]}}},'l':{'L':[{'S':'y'},{'BOOL':false}]},"
        + "'nul':{'NULL':true},'bool':{'BOOL':true}},'ConsumedCapacity':{'TableName':'t','CapacityUnits':0.5}}").Replace('\'', '"');

    private const string SendBody = """{"MD5OfMessageBody":"acbd18db4cc2f85cedef654fccc4a4d8","MessageId":"5fea7756-0ea4-451a-a703-a558b933e274","SequenceNumber":null}""";

    [Test]
    public async Task GetItemReadsTypedAsTheDictionaryPathReadsIt()
    {
        var headers = new[] { ("x-amzn-RequestId", "REQ1"), ("x-amz-crc32", Crc32Of(ItemBody)) };
        var typed = await GetItem(Session(t => t.Respond(200, ItemBody, headers)));
        var parsed = await DynamicClient.Over(Session(t => t.Respond(200, ItemBody, headers)).CreateClient("dynamodb", "us-east-1"))
            .InvokeAsync("GetItem", new Dictionary<string, object?> { ["TableName"] = "t", ["Key"] = new Dictionary<string, object?> { ["k"] = new Dictionary<string, object?> { ["S"] = "1" } } });

        Assert.That(TypedReadProbe.Project(typed), Is.EqualTo(TypedReadProbe.Project(FromParsed<GetItemOutput>(parsed))));
        Assert.That((typed.Item!["s"].S, typed.Item["m"].M!["deep"].L![1].NULL, typed.ConsumedCapacity!.CapacityUnits), Is.EqualTo(("text é", true, 0.5)));
        Assert.That(typed.Item["b"].B, Is.EqualTo(new byte[] { 0, 1, 2 }));
        Assert.That((typed.ResponseMetadata!.RequestId, typed.ResponseMetadata.HttpStatusCode, typed.ResponseMetadata.RetryAttempts), Is.EqualTo(("REQ1", 200, 0)));
        Assert.That(typed.ResponseMetadata.HttpHeaders["x-amz-crc32"], Is.EqualTo(Crc32Of(ItemBody)));
    }

    [Test]
    public async Task SendMessageReadsTypedAsTheDictionaryPathReadsIt()
    {
        var typed = await SendMessage(Session(t => t.Respond(200, SendBody, ("x-amzn-RequestId", "REQ2"))));
        var parsed = await DynamicClient.Over(Session(t => t.Respond(200, SendBody, ("x-amzn-RequestId", "REQ2"))).CreateClient("sqs", "us-east-1"))
            .InvokeAsync("SendMessage", new Dictionary<string, object?> { ["QueueUrl"] = "https://sqs.us-east-1.amazonaws.com/1/q", ["MessageBody"] = "foo" });

        Assert.That(TypedReadProbe.Project(typed), Is.EqualTo(TypedReadProbe.Project(FromParsed<SendMessageResult>(parsed))));
        Assert.That((typed.MessageId, typed.SequenceNumber, typed.ResponseMetadata!.RequestId), Is.EqualTo(("5fea7756-0ea4-451a-a703-a558b933e274", (string?)null, "REQ2")));
    }

    [Test]
    public void LegacyModeRetriesACrc32MismatchOnTheTypedPathThenRaisesChecksumError()
    {
        var transport = new ScriptedTransport();
        for (var i = 0; i < 10; i++)
        {
            transport.Respond(200, ItemBody, ("x-amz-crc32", "123"));
        }
        var error = Assert.ThrowsAsync<ChecksumError>(() => GetItem(Session(transport, "legacy")));
        Assert.That((transport.Requests.Count, error!.ExpectedChecksum), Is.EqualTo((10, "123")));
    }

    [Test]
    public async Task StandardModeRetriesACrc32MismatchOnTheTypedPathAndReadsTheGoodAnswer()
    {
        var transport = new ScriptedTransport().Respond(200, ItemBody, ("x-amz-crc32", "1")).Respond(200, ItemBody, ("x-amz-crc32", Crc32Of(ItemBody)));
        var typed = await GetItem(Session(transport, "standard"));
        Assert.That((transport.Requests.Count, typed.Item!.Count, typed.ResponseMetadata!.RetryAttempts), Is.EqualTo((2, 10, 1)));
    }

    /// <summary>
    /// Every cut and a few corruptions of the body, each announced with the original body's CRC-32: the typed call
    /// raises ChecksumError exactly as the dictionary path does, never a result.
    /// </summary>
    [Test]
    public void ADamagedDynamoDbBodyRaisesChecksumErrorOnTheTypedPath()
    {
        foreach (var body in Damaged(ItemBody))
        {
            // Standard mode: three attempts, each answered with the same damaged body.
            var transport = new ScriptedTransport();
            for (var i = 0; i < 3; i++)
            {
                transport.Respond(200, body, ("x-amz-crc32", Crc32Of(ItemBody)));
            }
            Assert.ThrowsAsync<ChecksumError>(() => GetItem(Session(transport, "standard")), body);
        }
    }

    /// <summary>
    /// SQS has no body checksum: a damaged 2xx body is never a result. botocore reads a body that is not JSON as
    /// <c>{"message": body}</c>, an empty success; BotoSharp raises on both paths (the typed reader gives up, the
    /// dictionary path refuses the body), with the same message.
    /// </summary>
    [Test]
    public void ADamagedSqsBodyRaisesOnTheTypedAndTheDictionaryPath()
    {
        foreach (var body in Damaged(SendBody))
        {
            var typed = Assert.ThrowsAsync<ResponseParserError>(() => SendMessage(Session(t => t.Respond(200, body))), body);
            var dynamic = Assert.ThrowsAsync<ResponseParserError>(() => DynamicClient.Over(Session(t => t.Respond(200, body)).CreateClient("sqs", "us-east-1"))
                .InvokeAsync("SendMessage", new Dictionary<string, object?> { ["QueueUrl"] = "https://sqs.us-east-1.amazonaws.com/1/q", ["MessageBody"] = "foo" }), body);
            Assert.That(typed!.Message, Is.EqualTo(dynamic!.Message).And.Contains("invalid JSON received"), body);
        }
    }

    [Test]
    public void AnEmptySuccessBodyIsStillAnEmptyResult()
    {
        Assert.DoesNotThrowAsync(() => SendMessage(Session(t => t.Respond(200, string.Empty))));
    }

    [Test]
    public async Task AnAfterCallHandlerOnDynamoDbStillSeesTheWholeParsedDictionary()
    {
        var session = Session(t => t.Respond(200, ItemBody, ("x-amz-crc32", Crc32Of(ItemBody))));
        IDictionary<string, object?>? seen = null;
        session.Register("after-call.dynamodb.GetItem", kwargs =>
        {
            seen = (IDictionary<string, object?>)kwargs["parsed"]!;
            return null;
        });

        var typed = await GetItem(session);

        Assert.That(seen, Does.ContainKey("Item").And.ContainKey("ConsumedCapacity"));
        Assert.That(typed.Item!["n"].N, Is.EqualTo("12.5"));
    }

    // Proper prefixes, a doubled quote, a stray comma, a value of the wrong JSON type and trailing data.
    internal static IEnumerable<string> Damaged(string body) =>
        Enumerable.Range(1, body.Length - 1).Where(i => i % 5 == 0 || i > body.Length - 6).Select(i => body[..i])
            .Concat(new[] { body.Replace("\"", "\"\"", StringComparison.Ordinal), body.Replace("}", ",}", StringComparison.Ordinal), body + "{}", body + "x" });

    private static Task<GetItemOutput> GetItem(Session session) =>
        session.CreateClient<DynamoDBClient>("us-east-1").GetItemAsync(new GetItemInput { TableName = "t", Key = new() { ["k"] = new() { S = "1" } } });

    private static Task<SendMessageResult> SendMessage(Session session) =>
        session.CreateClient<SQSClient>("us-east-1").SendMessageAsync(new SendMessageRequest { QueueUrl = "https://sqs.us-east-1.amazonaws.com/1/q", MessageBody = "foo" });

    private static string Crc32Of(string body) => Crc32.HashToUInt32(Encoding.UTF8.GetBytes(body)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static T FromParsed<T>(Dictionary<string, object?> parsed)
        where T : IResponseShape<T> => T.FromParsed(parsed);

    private static Session Session(Action<ScriptedTransport> script, string mode = "standard")
    {
        var transport = new ScriptedTransport();
        script(transport);
        return Session(transport, mode);
    }

    private static Session Session(ScriptedTransport transport, string mode)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_ACCESS_KEY_ID"] = "AKID",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
            ["AWS_RETRY_MODE"] = mode,
        };
        return new Session(environment: environment) { TimeProvider = new RecordingClock(), RetryRandom = () => 0.5, TransportFactory = _ => transport };
    }
}
