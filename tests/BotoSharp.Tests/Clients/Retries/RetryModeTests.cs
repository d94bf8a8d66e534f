using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Clients.Retries;

/// <summary>
/// Retries as botocore makes them, through a scripted transport, a clock whose timers fire at once and a fixed random
/// source: the number of attempts, each attempt's retry headers, the waits, RetryAttempts and the final error.
/// </summary>
[TestFixture]
public sealed class RetryModeTests
{
    private const string DynamoThrottle = """{"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException","message":"slow down"}""";
    private const string SqsServerError = """{"__type":"InternalError","message":"boom"}""";

    [Test]
    public async Task Standard_mode_retries_a_throttle_and_reports_one_retry()
    {
        var (client, transport, clock) = Client("dynamodb", "standard", null, t => t
            .Respond(400, DynamoThrottle, ("x-amzn-RequestId", "r1"))
            .Respond(200, "{}", ("x-amzn-RequestId", "r2"), ("x-amz-crc32", "2745614147")));
        var result = await client.InvokeAsync("ListTables");
        Assert.That(transport.Requests, Has.Count.EqualTo(2));
        Assert.That(Metadata(result)["RetryAttempts"], Is.EqualTo(1L));
        Assert.That(transport.Requests[0].Headers["amz-sdk-request"], Is.EqualTo("attempt=1"));
        Assert.That(transport.Requests[1].Headers["amz-sdk-request"], Is.EqualTo("attempt=2; max=3"));
        Assert.That(transport.Requests[1].Headers["amz-sdk-invocation-id"], Is.EqualTo(transport.Requests[0].Headers["amz-sdk-invocation-id"]));
        // standard backoff: random() * min(2 ** (attempt - 1), 20), random fixed at 0.5.
        Assert.That(clock.Waits, Is.EqualTo(new[] { TimeSpan.FromSeconds(0.5) }));
    }

    [Test]
    public void Standard_mode_gives_up_after_max_attempts_with_botocores_message()
    {
        var (client, transport, clock) = Client("sqs", "standard", 4, t => t
            .Respond(500, SqsServerError).Respond(500, SqsServerError).Respond(500, SqsServerError).Respond(500, SqsServerError));
        var error = Assert.ThrowsAsync<ClientError>(() => client.InvokeAsync("ListQueues"));
        Assert.That(transport.Requests, Has.Count.EqualTo(4));
        Assert.That(error!.Message, Does.Contain("when calling the ListQueues operation (reached max retries: 3): boom"));
        Assert.That(clock.Waits, Is.EqualTo(new[] { 0.5, 1.0, 2.0 }.Select(TimeSpan.FromSeconds)));
        Assert.That(transport.Requests[3].Headers["amz-sdk-request"], Is.EqualTo("attempt=4; max=4"));
    }

    [Test]
    public void Standard_mode_does_not_retry_a_client_error()
    {
        var (client, transport, _) = Client("sqs", "standard", null, t => t.Respond(400, """{"__type":"QueueDoesNotExist","message":"no"}"""));
        var error = Assert.CatchAsync<ClientError>(() => client.InvokeAsync("ListQueues"));
        Assert.That(transport.Requests, Has.Count.EqualTo(1));
        Assert.That(error!.Message, Does.Not.Contain("reached max retries"));
    }

    [Test]
    public async Task Standard_mode_retries_a_connection_error()
    {
        var (client, transport, _) = Client("sqs", "standard", null, t => t
            .Throw(new EndpointConnectionError("https://sqs.us-east-1.amazonaws.com/")).Respond(200, "{}"));
        var result = await client.InvokeAsync("ListQueues");
        Assert.That(transport.Requests, Has.Count.EqualTo(2));
        Assert.That(Metadata(result)["RetryAttempts"], Is.EqualTo(1L));
    }

    [Test]
    public void Legacy_mode_retries_a_dynamodb_crc32_mismatch_ten_times_then_raises_ChecksumError()
    {
        var (client, transport, clock) = Client("dynamodb", "legacy", null, t =>
        {
            for (var i = 0; i < 10; i++)
            {
                t.Respond(200, """{"Item":{"id":{"S":"1"}}}""", ("x-amz-crc32", "123"));
            }
        });
        var error = Assert.ThrowsAsync<ChecksumError>(() => client.InvokeAsync("GetItem", new Dictionary<string, object?>
        {
            ["TableName"] = "t",
            ["Key"] = new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["S"] = "1" } },
        }));
        Assert.That(transport.Requests, Has.Count.EqualTo(10));
        Assert.That(error!.ExpectedChecksum, Is.EqualTo("123"));
        // DynamoDB's _retry.json delay: 0.05 * 2 ** (attempt - 1).
        Assert.That(clock.Waits, Is.EqualTo(Enumerable.Range(0, 9).Select(n => TimeSpan.FromSeconds(0.05 * Math.Pow(2, n)))));
    }

    [Test]
    public void Standard_mode_raises_ChecksumError_once_a_crc32_mismatch_outlasts_the_retries()
    {
        var (client, transport, _) = Client("dynamodb", "standard", null, t => t
            .Respond(200, "{}", ("x-amz-crc32", "1")).Respond(200, "{}", ("x-amz-crc32", "1")).Respond(200, "{}", ("x-amz-crc32", "1")));
        Assert.ThrowsAsync<ChecksumError>(() => client.InvokeAsync("ListTables"));
        Assert.That(transport.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void Legacy_mode_uses_the_default_policy_of_five_attempts_with_random_base()
    {
        var (client, transport, clock) = Client("sqs", "legacy", null, t =>
        {
            for (var i = 0; i < 5; i++)
            {
                t.Respond(503, SqsServerError);
            }
        });
        var error = Assert.ThrowsAsync<ClientError>(() => client.InvokeAsync("ListQueues"));
        Assert.That(transport.Requests, Has.Count.EqualTo(5));
        Assert.That(error!.Message, Does.Contain("(reached max retries: 4)"));
        Assert.That(clock.Waits, Is.EqualTo(new[] { 0.5, 1.0, 2.0, 4.0 }.Select(TimeSpan.FromSeconds)));
        Assert.That(transport.Requests[1].Headers["amz-sdk-request"], Is.EqualTo("attempt=2; max=5"));
    }

    [Test]
    public void Legacy_max_attempts_counts_total_attempts_from_the_config_store()
    {
        var (client, transport, _) = Client("sqs", "legacy", 2, t => t.Respond(503, SqsServerError).Respond(503, SqsServerError));
        Assert.ThrowsAsync<ClientError>(() => client.InvokeAsync("ListQueues"));
        Assert.That(transport.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void The_user_agent_reports_the_retry_mode_in_use()
    {
        var (client, transport, _) = Client("sqs", "adaptive", null, t => t.Respond(200, "{}"));
        Assert.DoesNotThrowAsync(() => client.InvokeAsync("ListQueues"));
        Assert.That(transport.Requests[0].Headers["User-Agent"], Does.Contain("cfg/retry-mode#adaptive"));
    }

    [Test]
    public async Task Cancellation_stops_a_backoff_at_once()
    {
        var transport = new ScriptedTransport();
        for (var i = 0; i < 6; i++)
        {
            transport.Respond(500, SqsServerError);
        }
        // Real timers: waits of ~1, 2, 4, 8 and 16 seconds unless cancellation cuts the first one short.
        var client = NewClient("sqs", "standard", 6, transport, TimeProvider.System, () => 0.999);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.CatchAsync<OperationCanceledException>(() => client.InvokeAsync("ListQueues", cancellationToken: cancel.Token));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(transport.Requests, Has.Count.EqualTo(1));
        await Task.CompletedTask;
    }

    private static Dictionary<string, object?> Metadata(Dictionary<string, object?> result) => (Dictionary<string, object?>)result["ResponseMetadata"]!;

    private static (DynamicClient Client, ScriptedTransport Transport, RecordingClock Clock) Client(string service, string mode, int? maxAttempts,
        Action<ScriptedTransport> script)
    {
        var transport = new ScriptedTransport();
        script(transport);
        var clock = new RecordingClock();
        return (NewClient(service, mode, maxAttempts, transport, clock, () => 0.5), transport, clock);
    }

    private static DynamicClient NewClient(string service, string mode, int? maxAttempts, ScriptedTransport transport, TimeProvider clock, Func<double> random)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_RETRY_MODE"] = mode,
        };
        if (maxAttempts is { } attempts)
        {
            environment["AWS_MAX_ATTEMPTS"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var session = new Session(environment: environment) { Clock = clock, RetryRandom = random, TransportFactory = _ => transport };
        return DynamicClient.Over(session.CreateClient(service, "us-east-1", awsAccessKeyId: "AKID", awsSecretAccessKey: "secret"));
    }
}
