using BotoSharp.Clients;
using BotoSharp.Services.KitchenSink;
using BotoSharp.Services.SQS;
using Task = System.Threading.Tasks.Task;

namespace BotoSharp.Generator.Tests;

/// <summary>Generated methods hand the runtime the right metadata and the caller's request object.</summary>
public class GeneratedClientTests
{
    [Test]
    public async Task PutThingPassesItsMetadataAndTheRequestObject()
    {
        var pipeline = new RecordingPipeline();
        var request = new PutThingRequest { Name = "n", Thing = new Thing { Count = 3 } };
        await new KitchenSinkClient(pipeline).PutThingAsync(request);
        var (operation, passed) = pipeline.Calls.Single();
        Assert.That(passed, Is.SameAs(request));
        Assert.That(operation.ServiceName, Is.EqualTo("kitchen"));
        Assert.That(operation.Name, Is.EqualTo("PutThing"));
        Assert.That(operation.HttpMethod, Is.EqualTo("PUT"));
        Assert.That(operation.RequestUri, Is.EqualTo("/things/{Name}"));
        Assert.That(operation.InputShape, Is.EqualTo("PutThingRequest"));
        Assert.That(operation.OutputShape, Is.EqualTo("PutThingResponse"));
        Assert.That(operation.HostPrefix, Is.EqualTo("data-"));
        Assert.That(operation.HttpChecksumRequired, Is.True);
        Assert.That(operation.IdempotencyTokens, Is.EqualTo(new[] { "ClientToken" }));
        Assert.That(operation.RequestChecksumAlgorithmMember, Is.EqualTo("ChecksumAlgorithm"));
        Assert.That(operation.ResponseChecksumAlgorithms, Is.EqualTo(new[] { "CRC32", "SHA256" }));
    }

    [Test]
    public async Task StreamingAuthAndUnsignedTraitsReachTheMetadata()
    {
        var pipeline = new RecordingPipeline();
        var client = new KitchenSinkClient(pipeline);
        await client.GetBlobAsync(new GetBlobRequest { Id = "x" });
        await client.UploadBlobAsync(new UploadBlobRequest { Body = new MemoryStream(new byte[] { 1 }) });
        Assert.That(pipeline.Calls[0].Operation.HasStreamingOutput, Is.True);
        Assert.That(pipeline.Calls[0].Operation.AuthType, Is.EqualTo("v4-unsigned-body"));
        Assert.That(pipeline.Calls[1].Operation.HasStreamingInput, Is.True);
        Assert.That(pipeline.Calls[1].Operation.UnsignedPayload, Is.True);
        Assert.That(pipeline.Calls[1].Operation.Auth, Is.EqualTo(new[] { "aws.auth#sigv4" }));
    }

    [Test]
    public async Task AnOperationWithoutInputSendsTheEmptyRequest()
    {
        var pipeline = new RecordingPipeline { Answer = new Dictionary<string, object?> { ["Ok"] = true } };
        var output = await new KitchenSinkClient(pipeline).PingAsync();
        Assert.That(pipeline.Calls.Single().Request, Is.SameAs(EmptyRequest.Instance));
        Assert.That(output.Ok, Is.True);
    }

    [Test]
    public async Task AnOperationWithoutOutputReturnsTheEmptyResponse()
    {
        var output = await new KitchenSinkClient(new RecordingPipeline()).UploadBlobAsync();
        Assert.That(output, Is.InstanceOf<EmptyResponse>());
    }

    [Test]
    public async Task TheParameterlessOverloadSendsAFreshEmptyRequest()
    {
        var pipeline = new RecordingPipeline();
#pragma warning disable CS0618 // ListThings is deprecated in the model; that is what this test exercises.
        await new KitchenSinkClient(pipeline).ListThingsAsync();
#pragma warning restore CS0618
        Assert.That(pipeline.Calls.Single().Request, Is.InstanceOf<ListThingsRequest>());
        Assert.That(pipeline.Calls.Single().Request.ToParameters(), Is.Empty);
    }

    [Test]
    public void DeprecatedOperationsAndMembersAreObsolete()
    {
        var method = typeof(KitchenSinkClient).GetMethod(nameof(KitchenSinkClient.ListThingsAsync), new[] { typeof(ListThingsRequest), typeof(CancellationToken) })!;
        Assert.That(method.GetCustomAttributes(typeof(ObsoleteAttribute), false).Cast<ObsoleteAttribute>().Single().Message, Is.EqualTo("Use ListThingsV2."));
        Assert.That(typeof(PutThingRequest).GetProperty("OldField")!.IsDefined(typeof(ObsoleteAttribute), false), Is.True);
#pragma warning disable CS0612 // the Task shape is deprecated in the model: that is the point
        Assert.That(typeof(BotoSharp.Services.KitchenSink.Task).IsDefined(typeof(ObsoleteAttribute), false), Is.True);
#pragma warning restore CS0612
    }

    [Test]
    public async Task SqsSendMessagePassesTheJsonProtocolMetadata()
    {
        var pipeline = new RecordingPipeline();
        var request = new SendMessageRequest { QueueUrl = "https://q", MessageBody = "hi" };
        await new SQSClient(pipeline).SendMessageAsync(request);
        Assert.That(pipeline.Calls.Single().Operation.Name, Is.EqualTo("SendMessage"));
        Assert.That(pipeline.Calls.Single().Operation.ServiceName, Is.EqualTo("sqs"));
        Assert.That(pipeline.Calls.Single().Request.ToParameters(), Is.EqualTo(new Dictionary<string, object?> { ["QueueUrl"] = "https://q", ["MessageBody"] = "hi" }));
    }

    [Test]
    public async Task AMockCanOverrideAnOperationWithoutAPipeline()
    {
        var mock = new MockClient();
        var output = await mock.PingAsync();
        Assert.That(output.Ok, Is.True);
    }

    private sealed class MockClient : KitchenSinkClient
    {
        public override Task<PingOutput> PingAsync(CancellationToken cancellationToken = default) =>
            System.Threading.Tasks.Task.FromResult(new PingOutput { Ok = true });
    }
}
