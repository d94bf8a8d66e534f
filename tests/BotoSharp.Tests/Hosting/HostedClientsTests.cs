using System.Collections.Concurrent;
using System.Diagnostics;
using BotoSharp.Extensions.Hosting;
using BotoSharp.Services.S3;
using BotoSharp.Services.SQS;
using BotoSharp.Telemetry;
using BotoSharp.Tests.Integration;
using BotoSharp.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BotoSharp.Tests.Hosting;

/// <summary>A HostApplicationBuilder app using BotoSharp the way a .NET service would, against moto_server.</summary>
[TestFixture]
[Category("Integration")]
[NonParallelizable]
public sealed class HostedClientsTests
{
    private const string Secret = "hostedSecretKeyThatMustNeverBeLogged";
    private const string Token = "hostedSessionTokenThatMustNeverBeLogged";

    private string _folder = null!;

    [SetUp]
    public void WriteProfileFiles()
    {
        if (Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is not null)
        {
            Assert.Ignore("AWS_ACCESS_KEY_ID is set in this process, so the profile file's secret under test would not be the one used.");
        }
        _folder = Directory.CreateTempSubdirectory("botosharp-hosting-").FullName;
        File.WriteAllText(Path.Combine(_folder, "credentials"),
            $"[hosted]\naws_access_key_id = AKIDHOSTED\naws_secret_access_key = {Secret}\naws_session_token = {Token}\n");
        File.WriteAllText(Path.Combine(_folder, "config"), "[profile hosted]\nregion = eu-west-1\n");
    }

    [TearDown]
    public void RemoveProfileFiles() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task The_host_resolves_clients_sends_through_its_handlers_logs_without_secrets_and_traces_each_call()
    {
        var seen = new ConcurrentQueue<string>();
        var logs = new CapturingLoggerProvider();
        using var recorder = new SpanRecorder();

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AWS:Profile"] = "hosted",
            ["AWS:ProfilesLocation"] = Path.Combine(_folder, "credentials"),
            ["AWS:ConfigLocation"] = Path.Combine(_folder, "config"),
            ["AWS:ServiceURL"] = MotoFixture.Server.EndpointUrl,
            ["AWS:MaxAttempts"] = "2",
        });
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddBotoSharp(builder.Configuration.GetSection("AWS"))
            .AddClient<S3Client>(http => http.AddHttpMessageHandler(() => new RecordingHandler(seen)))
            .AddClient<SQSClient>();

        S3Client s3;
        using (var host = builder.Build())
        {
            s3 = host.Services.GetRequiredService<S3Client>();
            Assert.That(host.Services.GetRequiredService<S3Client>(), Is.SameAs(s3), "a singleton");
            Assert.That(s3.Meta.RegionName, Is.EqualTo("eu-west-1"), "the profile's region, from the configured files");
            Assert.That(s3.Meta.Config.Retries!["total_max_attempts"], Is.EqualTo(2L));

            await s3.CreateBucketAsync(new CreateBucketRequest
            {
                Bucket = "hosted-bucket",
                CreateBucketConfiguration = new CreateBucketConfiguration { LocationConstraint = "eu-west-1" },
            });
            var buckets = await s3.ListBucketsAsync(new ListBucketsRequest());
            Assert.That(buckets.Buckets!.Select(b => b.Name), Does.Contain("hosted-bucket"));
            var error = Assert.ThrowsAsync<NoSuchBucket>(() => s3.ListObjectsV2Async(new ListObjectsV2Request { Bucket = "hosted-missing" }));
            Assert.That(error!.Code, Is.EqualTo("NoSuchBucket"));

            var sqs = host.Services.GetRequiredService<SQSClient>();
            await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = "hosted-queue" });
        }

        Assert.That(seen, Is.EqualTo(new[] { "PUT /hosted-bucket", "GET /", "GET /hosted-missing" }), "S3's handler saw S3's calls only");
        Assert.ThrowsAsync<ObjectDisposedException>(() => s3.ListBucketsAsync(new ListBucketsRequest()), "disposed with the container");

        var lines = logs.Lines.ToList();
        Assert.That(lines.Where(l => l.Category == "botocore.endpoint").Select(l => l.Message),
            Has.Some.StartsWith("Sending http request: <AWSPreparedRequest stream_output=False, method=PUT, url=" + MotoFixture.Server.EndpointUrl + "/hosted-bucket"));
        Assert.That(lines.Where(l => l.Category == "botocore.parsers"), Is.Not.Empty);
        // botocore's own loggers redact; IHttpClientFactory's loggers (System.Net.Http.HttpClient.BotoSharp.s3.*) write "*".
        Assert.That(lines.Where(l => l.Category.StartsWith("botocore.", StringComparison.Ordinal) && l.Message.Contains("Authorization", StringComparison.Ordinal))
            .Select(l => l.Message), Has.All.Contains("'Authorization': '<redacted>'").And.Not.Empty);
        Assert.That(lines.Select(l => l.Category), Has.Some.StartsWith("System.Net.Http.HttpClient.BotoSharp.s3"), "the named client's own logging ran");
        Assert.That(lines, Has.Count.GreaterThan(6));
        Assert.That(lines.Where(l => l.Message.Contains(Secret, StringComparison.Ordinal) || l.Message.Contains(Token, StringComparison.Ordinal)
            || l.Message.Contains("Signature=", StringComparison.Ordinal)), Is.Empty, "no secret, token or signature in any log line");

        var operations = recorder.Spans.Where(s => s.Kind == ActivityKind.Client && s.DisplayName.Contains('.')).ToList();
        Assert.That(operations.Select(s => s.DisplayName), Is.EqualTo(new[] { "S3.CreateBucket", "S3.ListBuckets", "S3.ListObjectsV2", "SQS.CreateQueue" }));
        var list = operations[1];
        Assert.That(list.GetTagItem("rpc.system"), Is.EqualTo("aws-api"));
        Assert.That(list.GetTagItem("rpc.service"), Is.EqualTo("S3"));
        Assert.That(list.GetTagItem("rpc.method"), Is.EqualTo("ListBuckets"));
        Assert.That(list.GetTagItem("cloud.region"), Is.EqualTo("eu-west-1"));
        Assert.That(list.GetTagItem("http.response.status_code"), Is.EqualTo(200));
        Assert.That(list.GetTagItem("aws.request_id"), Is.Not.Null.And.Not.Empty);
        var failed = operations[2];
        Assert.That(failed.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(failed.GetTagItem("error.type"), Is.EqualTo("NoSuchBucket"));
        Assert.That(failed.GetTagItem("http.response.status_code"), Is.EqualTo(404));
        var attempts = recorder.Spans.Where(s => s.ParentSpanId == list.SpanId).ToList();
        Assert.That(attempts, Has.Count.EqualTo(1));
        Assert.That(attempts[0].DisplayName, Is.EqualTo("GET"));
        Assert.That(attempts[0].GetTagItem("url.full"), Is.EqualTo(MotoFixture.Server.EndpointUrl + "/"));
        Assert.That(attempts[0].GetTagItem("http.response.status_code"), Is.EqualTo(200));
    }
}
