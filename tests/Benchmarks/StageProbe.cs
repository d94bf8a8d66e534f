using System.Reflection;
using BotoSharp;
using BotoSharp.Clients;
using BotoSharp.Clients.Stages;
using BotoSharp.Protocols.Typed.Reading;
using S3 = BotoSharp.Services.S3;
using Sts = BotoSharp.Services.STS;
using Ec2 = BotoSharp.Services.EC2;
using Ddb = BotoSharp.Services.DynamoDB;
using Sqs = BotoSharp.Services.SQS;

namespace Benchmarks;

/// <summary>"--alloc-stages put|sts|ec2|list|getitem|sqs": bytes per call of each top-level stage of one typed call (diagnostic).</summary>
public static class StageProbe
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;

    public static async Task<int> RunAsync(string which)
    {
        var bench = new CallBenchmarks();
        bench.Setup();
        var (client, operation, request, read) = which switch
        {
            "sts" => ((BaseClient)bench.StsClient, "GetCallerIdentity", (Func<IRequestShape>)(() => new Sts.GetCallerIdentityRequest()), (Func<IShapeReader, object>)Read<Sts.GetCallerIdentityResponse>),
            "ec2" => (bench.Ec2Client, "DescribeInstances", () => new Ec2.DescribeInstancesRequest(), Read<Ec2.DescribeInstancesResult>),
            "list" => (bench.ListClient, "ListObjectsV2", () => new S3.ListObjectsV2Request { Bucket = "bench-bucket", Prefix = "logs/" }, Read<S3.ListObjectsV2Output>),
            "getitem" => (bench.DdbClient, "GetItem", () => new Ddb.GetItemInput
            {
                TableName = "users",
                Key = new() { ["pk"] = new Ddb.AttributeValue { S = "user#1234" }, ["sk"] = new Ddb.AttributeValue { S = "profile" } },
            }, Read<Ddb.GetItemOutput>),
            "sqs" => (bench.SqsClient, "SendMessage", () => new Sqs.SendMessageRequest { QueueUrl = CallBenchmarks.BenchQueueUrl, MessageBody = Benchmarks.Stub.Responses.SqsMessageBody }, Read<Sqs.SendMessageResult>),
            "put" => (bench.PutClient, "PutObject", () => new S3.PutObjectRequest { Bucket = "bench-bucket", Key = "data/object.bin", Body = new MemoryStream(new byte[1024]) }, Read<S3.PutObjectOutput>),
            _ => throw new ArgumentException($"Unknown call '{which}'; known: put, sts, ec2, list, getitem, sqs."),
        };
        var pipeline = client.SessionPipeline!;
        var stages = (CallStage[])typeof(ClientPipeline).GetField("_stages", Private)!.GetValue(pipeline)!;
        var newCall = typeof(ClientPipeline).GetMethod("NewTypedCall", Private)!;
        var retry = stages.OfType<RetryLoopStage>().Single();
        var inner = new List<MeasuredStage>();
        foreach (var name in new[] { "_sign", "_send", "_parse" })
        {
            var field = typeof(RetryLoopStage).GetField(name, Private)!;
            var measured = new MeasuredStage(name, (CallStage)field.GetValue(retry)!);
            field.SetValue(retry, measured);
            inner.Add(measured);
        }
        var model = pipeline.Meta.ServiceModel.OperationModel(operation);
        var totals = new long[stages.Length + 2];
        const int Calls = 200;
        for (var round = 0; round < 2; round++)
        {
            Array.Clear(totals);
            inner.ForEach(m => m.Bytes = 0);
            for (var i = 0; i < Calls; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var typed = request();
                var afterRequest = GC.GetTotalAllocatedBytes(precise: true);
                var call = (ApiCall)newCall.Invoke(pipeline, [model, typed])!;
                call.TypedRead = read;
                var last = GC.GetTotalAllocatedBytes(precise: true);
                totals[0] += afterRequest - before;
                totals[1] += last - afterRequest;
                for (var s = 0; s < stages.Length; s++)
                {
                    await stages[s].ProcessAsync(call, CancellationToken.None);
                    var now = GC.GetTotalAllocatedBytes(precise: true);
                    totals[s + 2] += now - last;
                    last = now;
                }
                call.Response?.Dispose();
            }
        }
        // STAGEPROBE_TYPES=<>c__DisplayClass13_0,…: which classes (closures have no other name in --alloc-types) these are.
        if (Environment.GetEnvironmentVariable("STAGEPROBE_TYPES") is { } wanted)
        {
            PrintDeclaringTypes(wanted.Split(','));
        }
        // STAGEPROBE_EVENTS=1: the handlers each call event reaches, and the context one call ends with.
        if (Environment.GetEnvironmentVariable("STAGEPROBE_EVENTS") == "1")
        {
            var plans = (System.Collections.Concurrent.ConcurrentDictionary<string, OperationPlan>)typeof(ClientPipeline).GetField("_plans", Private)!.GetValue(pipeline)!;
            foreach (var callEvent in Enum.GetValues<CallEvent>())
            {
                var handlers = plans[operation].Events.HandlersOf(callEvent);
                Console.WriteLine($"{callEvent}: {string.Join(", ", handlers?.Select(h => h.Method.DeclaringType?.Name + "." + h.Method.Name) ?? ["?"])}");
            }
            var probe = (ApiCall)newCall.Invoke(pipeline, [model, request()])!;
            probe.TypedRead = read;
            foreach (var stage in stages)
            {
                await stage.ProcessAsync(probe, CancellationToken.None);
            }
            foreach (var (key, value) in probe.Context)
            {
                Console.WriteLine($"  context[{key}] = {value?.GetType().Name}");
            }
        }
        Console.WriteLine($"{"typed request object",-36} {totals[0] / Calls,10:N0} B/call");
        Console.WriteLine($"{"new call (capture, context)",-36} {totals[1] / Calls,10:N0} B/call (includes a reflection invoke)");
        for (var s = 0; s < stages.Length; s++)
        {
            Console.WriteLine($"{stages[s].GetType().Name,-36} {totals[s + 2] / Calls,10:N0} B/call");
        }
        foreach (var m in inner)
        {
            Console.WriteLine($"  retry loop {m.Name,-24} {m.Bytes / Calls,10:N0} B/call");
        }
        return 0;
    }

    private static void PrintDeclaringTypes(string[] names)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            Type?[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException partial)
            {
                types = partial.Types;
            }
            foreach (var type in types.OfType<Type>().Where(t => names.Contains(t.Name)))
            {
                var fields = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Select(f => f.FieldType.Name + " " + f.Name);
                Console.WriteLine($"{type.Name} in {type.DeclaringType?.FullName} ({assembly.GetName().Name}): {string.Join(", ", fields)}");
            }
        }
    }

    private sealed class MeasuredStage : CallStage
    {
        private readonly CallStage _inner;

        public MeasuredStage(string name, CallStage inner)
        {
            Name = name;
            _inner = inner;
        }

        public string Name { get; }

        public long Bytes { get; set; }

        public override bool HandlesResponse => _inner.HandlesResponse;

        public override async ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await _inner.ProcessAsync(call, cancellationToken);
            Bytes += GC.GetTotalAllocatedBytes(precise: true) - before;
        }
    }

    private static object Read<T>(IShapeReader reader)
        where T : IResponseShape<T> => T.ReadFrom(reader)!;
}
