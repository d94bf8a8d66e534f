using System.Net;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Protocols.EventStreams;
using BotoSharp.Services.S3;
using BotoSharp.Tests.Protocols.Xml;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols;

/// <summary>
/// A typed client's event-stream member (S3 SelectObjectContent's <c>Payload</c>): an <c>await foreach</c> of the
/// generated union, one event per message with the member of its type set, read from the live body without blocking.
/// </summary>
public sealed class TypedEventStreamTests
{
    private static readonly byte[] s_body =
    [
        .. EventStreamTests.Message((":message-type", "event"), (":event-type", "Records"), payload: "1,a\n2,b\n"),
        .. EventStreamTests.Message((":message-type", "event"), (":event-type", "Cont"), payload: string.Empty),
        .. EventStreamTests.Message((":message-type", "event"), (":event-type", "FutureEvent"), payload: "<Future/>"),
        .. EventStreamTests.Message((":message-type", "event"), (":event-type", "Stats"),
            payload: "<Stats><BytesScanned>100</BytesScanned><BytesProcessed>90</BytesProcessed><BytesReturned>8</BytesReturned></Stats>"),
        .. EventStreamTests.Message((":message-type", "event"), (":event-type", "End"), payload: string.Empty),
    ];

    [Test]
    public async Task The_payload_is_an_async_stream_of_typed_events_with_unknown_types_skipped()
    {
        using var s3 = Client(s_body);
        using var output = await s3.SelectObjectContentAsync(Request());
        var kinds = new List<string>();
        await foreach (var e in output.Payload!)
        {
            kinds.Add(e switch
            {
                { Records: { } records } => "Records:" + Encoding.UTF8.GetString(records.Payload!),
                { Cont: not null } => "Cont",
                { Stats.Details: { } stats } => $"Stats:{stats.BytesScanned}/{stats.BytesProcessed}/{stats.BytesReturned}",
                { End: not null } => "End",
                _ => "?",
            });
        }
        Assert.That(kinds, Is.EqualTo(new[] { "Records:1,a\n2,b\n", "Cont", "Stats:100/90/8", "End" }));
        Assert.That(output.Payload, Is.InstanceOf<EventStream<SelectObjectContentEventStream>>());
        Assert.That(output, Is.InstanceOf<IDisposable>(), "the output owns the response body");
    }

    [Test]
    public async Task An_error_message_in_the_stream_raises_EventStreamError_after_the_events_before_it()
    {
        byte[] body =
        [
            .. EventStreamTests.Message((":message-type", "event"), (":event-type", "Records"), payload: "x"),
            .. EventStreamTests.Message((":message-type", "error"), (":error-code", "InternalError"), payload: string.Empty),
        ];
        using var s3 = Client(body);
        using var output = await s3.SelectObjectContentAsync(Request());
        var seen = 0;
        var error = Assert.ThrowsAsync<EventStreamError>(async () =>
        {
            await foreach (var _ in output.Payload!)
            {
                seen++;
            }
        });
        Assert.That(seen, Is.EqualTo(1));
        Assert.That(error!.Code, Is.EqualTo("InternalError"));
    }

    [Test]
    public async Task A_stream_cut_inside_a_message_is_a_parser_error_not_a_shorter_result()
    {
        using var s3 = Client(s_body[..^5]);
        using var output = await s3.SelectObjectContentAsync(Request());
        Assert.ThrowsAsync<ResponseParserError>(async () =>
        {
            await foreach (var _ in output.Payload!)
            {
            }
        });
    }

    private static SelectObjectContentRequest Request() => new()
    {
        Bucket = "bucket",
        Key = "data.csv",
        Expression = "select * from s3object",
        ExpressionType = new ExpressionType("SQL"),
        InputSerialization = new InputSerialization { CSV = new CSVInput() },
        OutputSerialization = new OutputSerialization { CSV = new CSVOutput() },
    };

    private static S3Client Client(byte[] body)
    {
        var session = OfflineSession.Create();
        session.HttpMessageHandlerFactory = _ => new EventStreamHandler(body);
        return session.CreateClient<S3Client>();
    }

    // Answers every request with the event-stream body, as S3 does: 200, application/octet-stream, streamed.
    private sealed class EventStreamHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new MemoryStream(body)) };
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            response.Headers.Add("x-amz-request-id", "stub");
            return Task.FromResult(response);
        }
    }
}
