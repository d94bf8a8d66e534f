using BotoSharp.Errors;
using BotoSharp.Events;
using BotoSharp.Services.S3;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Clients;

/// <summary>
/// botocore's <c>ClientCreator.create_client</c> emits <c>choose-service-name</c> on the session's emitter and loads
/// the model of the first non-null answer. The builtin alias row answers every name, so a handler decides only when
/// registered before it (or with the row gone). Expected values are botocore 1.43.11's (session with explicit keys).
/// </summary>
public sealed class ChooseServiceNameTests
{
    [Test]
    public void AHandlerBeforeTheAliasRowChoosesTheService()
    {
        var session = NewSession();
        var seen = new List<(object? Name, string[] Keys)>();
        ((IEventHooks)session.GetComponent("event_emitter")!).RegisterFirst("choose-service-name", kwargs =>
        {
            seen.Add((kwargs["service_name"], kwargs.Keys.Order(StringComparer.Ordinal).ToArray()));
            return Equals(kwargs["service_name"], "foo") ? "sts" : null;
        });

        using var chosen = Create(session, "foo");
        using var aliased = Create(session, "runtime.sagemaker");

        // botocore: STS sts, then SageMakerRuntime sagemaker-runtime; the handler saw 'foo' then 'runtime.sagemaker'.
        Assert.That(chosen.Meta.ServiceModel.ServiceName, Is.EqualTo("sts"));
        Assert.That(aliased.Meta.ServiceModel.ServiceName, Is.EqualTo("sagemaker-runtime"));
        Assert.That(seen.Select(s => s.Name), Is.EqualTo(new[] { "foo", "runtime.sagemaker" }));
        Assert.That(seen[0].Keys, Is.EqualTo(new[] { "event_name", "service_name" }));
    }

    [Test]
    public void AHandlerAfterTheAliasRowIsCalledButTheRowAnswersFirst()
    {
        var session = NewSession();
        var seen = new List<object?>();
        session.Register("choose-service-name", kwargs =>
        {
            seen.Add(kwargs["service_name"]);
            return "sqs";
        });

        using var client = Create(session, "sts");

        Assert.That(client.Meta.ServiceModel.ServiceName, Is.EqualTo("sts"));
        Assert.That(seen, Is.EqualTo(new[] { "sts" }));
    }

    [Test]
    public void WithoutTheAliasRowALegacyNameIsUnknown()
    {
        var session = NewSession();
        session.Unregister("choose-service-name", BuiltinHandlers.HandleServiceNameAlias);

        var error = Assert.Throws<UnknownServiceError>(() => Create(session, "runtime.sagemaker"));

        Assert.That(error!.Message, Does.StartWith("Unknown service: 'runtime.sagemaker'. Valid service names are: "));
    }

    [Test]
    public void ANonStringAnswerIsLookedUpAsItsTextAndIsUnknown()
    {
        var session = NewSession();
        ((IEventHooks)session.GetComponent("event_emitter")!).RegisterFirst("choose-service-name", _ => 42);

        var error = Assert.Throws<UnknownServiceError>(() => Create(session, "sts"));

        // botocore: UnknownServiceError: Unknown service: '42'. Valid service names are: ...
        Assert.That(error!.Message, Does.StartWith("Unknown service: '42'. Valid service names are: "));
    }

    [Test]
    public void ATypedClientForWhichAHandlerChoseAnotherServiceIsAClearError()
    {
        var session = NewSession();
        ((IEventHooks)session.GetComponent("event_emitter")!).RegisterFirst("choose-service-name", _ => "sts");

        var error = Assert.Throws<InvalidOperationException>(() =>
            session.CreateClient<S3Client>("us-east-1", awsAccessKeyId: "a", awsSecretAccessKey: "b"));

        Assert.That(error!.Message, Is.EqualTo("S3Client was asked for, but a choose-service-name handler chose 'sts' instead of 's3'."));
    }

    [Test]
    public void ATypedClientAskedForAnApiVersionItIsNotCompiledForIsAClearError()
    {
        // A data path holding DynamoDB's model under another version: it loads, and its client can only be dynamic.
        var dataPath = Directory.CreateTempSubdirectory("botosharp-versions-").FullName;
        try
        {
            var model = System.Text.Json.Nodes.JsonNode.Parse(ReadGzip(Path.Combine(BotocoreDataFolder.Path, "dynamodb", "2012-08-10", "service-2.json.gz")))!;
            model["metadata"]!["apiVersion"] = "2011-12-05";
            Directory.CreateDirectory(Path.Combine(dataPath, "dynamodb", "2011-12-05"));
            File.WriteAllText(Path.Combine(dataPath, "dynamodb", "2011-12-05", "service-2.json"), model.ToJsonString());
            var session = new Session(environment: OfflineSession.Environment(("AWS_DATA_PATH", dataPath)));

            var error = Assert.Throws<InvalidOperationException>(() =>
                session.CreateClient<Services.DynamoDB.DynamoDBClient>("us-east-1", apiVersion: "2011-12-05", awsAccessKeyId: "a", awsSecretAccessKey: "b"));

            Assert.That(error!.Message, Does.StartWith("DynamoDBClient is compiled for API version 2012-08-10; 2011-12-05 has no compiled client"));
            Assert.That(session.CreateClient("dynamodb", "us-east-1", apiVersion: "2011-12-05").Meta.ServiceModel.ApiVersion, Is.EqualTo("2011-12-05"));
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    // botocore's data folder on the data path: sagemaker-runtime is not among the test project's compiled models.
    private static Session NewSession() => new(environment: OfflineSession.Environment(("AWS_DATA_PATH", BotocoreDataFolder.Path)));

    private static string ReadGzip(string path)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var text = new StreamReader(gzip);
        return text.ReadToEnd();
    }

    private static BaseClient Create(Session session, string serviceName) =>
        session.CreateClient(serviceName, "us-east-1", awsAccessKeyId: "a", awsSecretAccessKey: "b");
}
