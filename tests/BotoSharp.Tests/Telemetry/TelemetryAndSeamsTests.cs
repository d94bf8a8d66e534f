using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using BotoSharp.Errors;
using BotoSharp.Services.STS;
using BotoSharp.Telemetry;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Telemetry;

/// <summary>The public transport and clock seams, disposal, and the spans and metrics of a call, against an in-process handler.</summary>
[TestFixture]
[NonParallelizable]
public sealed class TelemetryAndSeamsTests
{
    private const string Identity =
        "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>" +
        "<Arn>arn:aws:iam::123456789012:user/stub</Arn><UserId>AIDSTUB</UserId><Account>123456789012</Account>" +
        "</GetCallerIdentityResult><ResponseMetadata><RequestId>stub-request-id</RequestId></ResponseMetadata></GetCallerIdentityResponse>";

    private const string Throttled =
        "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>" +
        "<RequestId>stub-request-id</RequestId></ErrorResponse>";

    private static Session NewSession() => OfflineSession.Create(("AWS_MAX_ATTEMPTS", "1"));

    [Test]
    public async Task A_handler_from_the_public_factory_carries_the_call_and_is_disposed_with_the_client()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Identity);
        var session = NewSession();
        session.HttpMessageHandlerFactory = options =>
        {
            Assert.That(options.ReadTimeout, Is.EqualTo(TimeSpan.FromSeconds(60)), "botocore's resolved options are handed over");
            return handler;
        };
        var sts = session.CreateClient<STSClient>();
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.That(identity.Account, Is.EqualTo("123456789012"));
        Assert.That(handler.Requests.Single().RequestUri!.Host, Is.EqualTo("sts.us-east-1.amazonaws.com"));
        await sts.DisposeAsync();
        Assert.That(handler.Disposed, Is.True);
        Assert.ThrowsAsync<ObjectDisposedException>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));
    }

    [Test]
    public async Task A_caller_owned_HttpClient_is_used_by_service_name_and_left_open()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Identity);
        using var http = new HttpClient(handler);
        var asked = new List<string>();
        var session = NewSession();
        session.HttpClientFactory = service =>
        {
            asked.Add(service);
            return http;
        };
        using (var sts = session.CreateClient<STSClient>())
        {
            await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        }
        Assert.That(asked, Is.EqualTo(new[] { "sts" }));
        Assert.That(handler.Disposed, Is.False);
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_public_TimeProvider_dates_the_signature()
    {
        var handler = new StubHandler(HttpStatusCode.OK, Identity);
        var session = NewSession();
        session.TimeProvider = new FixedTime(new DateTimeOffset(2020, 2, 3, 4, 5, 6, TimeSpan.Zero));
        session.HttpMessageHandlerFactory = _ => handler;
        using var sts = session.CreateClient<STSClient>();
        await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.That(handler.Requests.Single().Headers.GetValues("X-Amz-Date").Single(), Is.EqualTo("20200203T040506Z"));
        Assert.That(sts.Meta.TimeProvider, Is.SameAs(session.TimeProvider));
    }

    [Test]
    public async Task Nothing_is_made_when_nothing_listens()
    {
        Assert.That(BotoSharpTelemetry.IsObserved, Is.False, "no listener is left over from another test");
        Assert.That(OperationTelemetry.Start("STS", "GetCallerIdentity", "us-east-1"), Is.Null);
        var session = NewSession();
        session.HttpMessageHandlerFactory = _ => new StubHandler(HttpStatusCode.OK, Identity);
        using var sts = session.CreateClient<STSClient>();
        Activity.Current = null;
        await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.That(Activity.Current, Is.Null);
    }

    [Test]
    public async Task Spans_and_metrics_follow_the_semantic_conventions_and_count_throttles()
    {
        using var recorder = new SpanRecorder();
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "BotoSharp")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, Tags(tags))));
        meters.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, Tags(tags))));
        meters.Start();

        var session = NewSession();
        session.HttpMessageHandlerFactory = _ => new StubHandler(HttpStatusCode.BadRequest, Throttled);
        using var sts = session.CreateClient<STSClient>();
        var error = Assert.ThrowsAsync<ClientError>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));
        Assert.That(error!.Code, Is.EqualTo("Throttling"));

        var operation = recorder.Spans.Single(s => s.DisplayName == "STS.GetCallerIdentity");
        Assert.That(operation.Kind, Is.EqualTo(ActivityKind.Client));
        Assert.That(operation.Source.Name, Is.EqualTo(BotoSharpTelemetry.Name));
        Assert.That(operation.GetTagItem("rpc.system"), Is.EqualTo("aws-api"));
        Assert.That(operation.GetTagItem("rpc.service"), Is.EqualTo("STS"));
        Assert.That(operation.GetTagItem("rpc.method"), Is.EqualTo("GetCallerIdentity"));
        Assert.That(operation.GetTagItem("cloud.region"), Is.EqualTo("us-east-1"));
        Assert.That(operation.GetTagItem("error.type"), Is.EqualTo("Throttling"));
        Assert.That(operation.GetTagItem("aws.request_id"), Is.EqualTo("stub-request-id"));
        Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(400));
        Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Error));
        var attempt = recorder.Spans.Single(s => s.ParentSpanId == operation.SpanId);
        Assert.That(attempt.DisplayName, Is.EqualTo("POST"));
        Assert.That(attempt.GetTagItem("server.address"), Is.EqualTo("sts.us-east-1.amazonaws.com"));
        Assert.That(attempt.GetTagItem("error.type"), Is.EqualTo("Throttling"));

        Assert.That(measurements.Where(m => m.Instrument == BotoSharpTelemetry.AttemptsInstrument).Sum(m => m.Value), Is.EqualTo(1));
        var throttle = measurements.Single(m => m.Instrument == BotoSharpTelemetry.ThrottlesInstrument);
        Assert.That(throttle.Tags["rpc.method"], Is.EqualTo("GetCallerIdentity"));
        var duration = measurements.Single(m => m.Instrument == BotoSharpTelemetry.OperationDurationInstrument);
        Assert.That(duration.Value, Is.GreaterThan(0));
        Assert.That(duration.Tags["rpc.service"], Is.EqualTo("STS"));
        Assert.That(duration.Tags["error.type"], Is.EqualTo("Throttling"));
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, object?>();
        foreach (var (key, value) in tags)
        {
            map[key] = value;
        }
        return map;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
