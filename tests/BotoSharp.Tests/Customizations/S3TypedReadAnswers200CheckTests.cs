using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Services.S3;
using BotoSharp.Tests.Clients.Retries;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Customizations;

/// <summary>
/// S3's 200-with-error check left to the typed read (<c>Customizations/Deferred200ErrorCheck</c>): typed S3 calls
/// through the real transport get, for every kind of 200 body, botocore 1.43.11's outcome — the value, or the error
/// after the same retries — with only the builtin rows (the read answers the check) and with a user handler on
/// <c>before-parse</c> (the row scans the body as before).
/// </summary>
[TestFixture]
[Category("Differential")]
public sealed class S3TypedReadAnswers200CheckTests
{
    private const string Listing = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
        + "<Name>bucket</Name><KeyCount>2</KeyCount><Contents><Key>a</Key></Contents><Contents><Key>b</Key></Contents></ListBucketResult>";

    private const string ErrorDocument = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code>"
        + "<Message>We encountered an internal error. Please try again.</Message><RequestId>r</RequestId><HostId>h</HostId></Error>";

    private static readonly (string Name, string Operation, string Body)[] s_cases =
    {
        ("a listing", "ListObjectsV2", Listing),
        ("an Error root", "ListObjectsV2", ErrorDocument),
        ("an Error root without a declaration", "ListObjectsV2", ErrorDocument[39..]),
        ("a truncated body", "ListObjectsV2", Listing[..^20]),
        ("a second root after the root", "ListObjectsV2", Listing + "<x/>"),
        ("text after the root", "ListObjectsV2", Listing + "junk"),
        ("a DOCTYPE", "ListObjectsV2", "<!DOCTYPE ListBucketResult>" + Listing[39..]),
        ("a namespaced Error root", "ListObjectsV2", "<Error xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Code>C</Code></Error>"),
        ("a comment after the root", "ListObjectsV2", "<ListBucketResult><Name>b</Name></ListBucketResult><!-- c -->"),
        ("an empty body", "ListObjectsV2", ""),
        ("an Error element inside the root", "ListObjectsV2", "<ListBucketResult><Name>b</Name><Error>x</Error></ListBucketResult>"),
        ("a streaming output", "GetObject", ErrorDocument),
    };

    private const string BotocoreScript = """
        import base64, time, botocore.awsrequest, botocore.config, botocore.exceptions, botocore.session
        time.sleep = lambda seconds: None
        session = botocore.session.get_session()
        results = []
        for case in INPUT:
            client = session.create_client('s3', region_name='us-east-1', aws_access_key_id='AKIDEXAMPLE',
                aws_secret_access_key='secret', config=botocore.config.Config(retries={'mode': 'standard'}))
            body = base64.b64decode(case['body'])
            sent = []
            def send(request, body=body, sent=sent, **kwargs):
                sent.append(1)
                return botocore.awsrequest.AWSResponse(request.url, 200, {'Content-Type': 'application/xml'}, RawBody(body))
            client.meta.events.register_first('before-send', send)
            try:
                if case['operation'] == 'GetObject':
                    parsed = client.get_object(Bucket='bucket', Key='k')
                    out = {'body': parsed['Body'].read().decode('utf-8')}
                else:
                    parsed = client.list_objects_v2(Bucket='bucket')
                    out = {'name': parsed.get('Name'), 'keys': [c['Key'] for c in parsed.get('Contents', [])]}
                metadata = parsed['ResponseMetadata']
            except botocore.exceptions.ClientError as e:
                out = {'code': e.response['Error'].get('Code'), 'message': e.response['Error'].get('Message')}
                metadata = e.response['ResponseMetadata']
            out['status'] = metadata['HTTPStatusCode']
            out['retries'] = metadata['RetryAttempts']
            out['sent'] = len(sent)
            results.append(out)
        emit(results)
        """;

    private static readonly Lazy<JsonArray> s_botocore = new(() => Botocore.Run(BotocoreScript, s_cases.Select(c => new Dictionary<string, object?>
    {
        ["operation"] = c.Operation,
        ["body"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(c.Body)),
    }).ToList())!.AsArray());

    private static IEnumerable<TestCaseData> Cases() =>
        s_cases.SelectMany((c, i) => new[] { false, true }.Select(user =>
            new TestCaseData(i, user).SetName($"{c.Name}{(user ? ", a user handler on before-parse" : "")}")));

    [TestCaseSource(nameof(Cases))]
    public async Task A_typed_call_ends_as_botocores(int index, bool userHandlerOnBeforeParse)
    {
        var (_, operation, body) = s_cases[index];
        var answers = new SameAnswer(body);
        var session = new Session(environment: OfflineSession.Environment(("AWS_RETRY_MODE", "standard")))
        {
            TimeProvider = new RecordingClock(),
            RetryRandom = () => 0.5,
            TransportFactory = options => new HttpTransport(options with { Proxies = ProxyResolver.None }, answers),
        };
        if (userHandlerOnBeforeParse)
        {
            session.Register("before-parse.s3.*", _ => null);
        }
        var client = session.CreateClient<S3Client>("us-east-1");

        var outcome = new JsonObject();
        try
        {
            if (operation == "GetObject")
            {
                var got = await client.GetObjectAsync(new GetObjectRequest { Bucket = "bucket", Key = "k" });
                using var reader = new StreamReader(got.Body!, Encoding.UTF8);
                outcome["body"] = await reader.ReadToEndAsync();
                Metadata(outcome, got.ResponseMetadata!.HttpStatusCode, got.ResponseMetadata.RetryAttempts);
            }
            else
            {
                var listed = await client.ListObjectsV2Async(new ListObjectsV2Request { Bucket = "bucket" });
                outcome["name"] = listed.Name;
                outcome["keys"] = new JsonArray((listed.Contents ?? new()).Select(c => (JsonNode?)JsonValue.Create(c.Key)).ToArray());
                Metadata(outcome, listed.ResponseMetadata!.HttpStatusCode, listed.ResponseMetadata.RetryAttempts);
            }
        }
        catch (ClientError error)
        {
            outcome["code"] = error.Code;
            outcome["message"] = error.ErrorMessage;
            var metadata = (IDictionary<string, object?>)error.Response["ResponseMetadata"]!;
            Metadata(outcome, Convert.ToInt32(metadata["HTTPStatusCode"]), Convert.ToInt32(metadata["RetryAttempts"]));
        }
        outcome["sent"] = answers.Sent;

        Assert.That(outcome.ToJsonString(), Is.EqualTo(s_botocore.Value[index]!.ToJsonString()));
    }

    private static void Metadata(JsonObject outcome, int status, int retries)
    {
        outcome["status"] = status;
        outcome["retries"] = retries;
    }

    /// <summary>Answers every request with a 200 and the same body.</summary>
    private sealed class SameAnswer(string body) : HttpMessageHandler
    {
        public int Sent { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent++;
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/xml");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
