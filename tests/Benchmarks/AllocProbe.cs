using BotoSharp.Http;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Json;
using BotoSharp.Protocols.RestXml;
using BotoSharp.Protocols.Typed.Reading;
using BotoSharp.Protocols.Xml;
using Benchmarks.Stub;

namespace Benchmarks;

/// <summary>
/// "--alloc": bytes allocated per call by each stage of the BotoSharp call path (transport, XML reading, protocol
/// parsing, typed conversion, whole call), to see where allocations come from without a profiler.
/// </summary>
public static class AllocProbe
{
    private static readonly byte[] s_object = new byte[1024];

    /// <summary>Prints bytes per operation for each stage.</summary>
    public static async Task<int> RunAsync()
    {
        var calls = new CallBenchmarks();
        calls.Setup();
        var listBody = Responses.S3ListObjectsV2.Body;
        var s3 = calls.ListClient.Meta.ServiceModel;
        var listOp = s3.OperationModel("ListObjectsV2");
        var ddbOp = calls.DdbClient.Meta.ServiceModel.OperationModel("GetItem");
        var xml = new RestXmlResponseParser();
        var json = ProtocolFactory.CreateParser("json");
        var parsedList = xml.Parse(new ProtocolResponse(200, new HeaderCollection(), listBody), listOp);
        var transport = new HttpTransport(null, new StubHandler(Responses.S3ListObjectsV2));

        await MeasureAsync("whole ListObjectsV2", () => calls.BotoSharpListObjectsV2());
        Measure("XmlDocumentReader.Parse (list)", () => XmlDocumentReader.Parse(listBody));
        Measure("RestXml parser (list)", () => xml.Parse(new ProtocolResponse(200, new HeaderCollection(), listBody), listOp));
        Measure("typed FromParsed (list)", () => BotoSharp.Clients.ShapeValues.ReadStructure<BotoSharp.Services.S3.ListObjectsV2Output>(parsedList));
        await MeasureAsync("transport + stub (list)", () => transport.SendAsync(new AwsRequest("GET", "https://bench-bucket.s3.amazonaws.com/?list-type=2")));
        await MeasureAsync("whole GetItem", () => calls.BotoSharpGetItem());
        Measure("JSON parser (GetItem)", () => json.Parse(new ProtocolResponse(200, new HeaderCollection(), Responses.DynamoDbGetItem.Body), ddbOp));
        Measure("typed JSON read (GetItem)", () => TypedOutputReading.Read(new ProtocolResponse(200, new HeaderCollection(), Responses.DynamoDbGetItem.Body),
            ddbOp.OutputShape!, "json", new BotoSharp.Clients.ResponseMetadata(), null, ReadFrom<BotoSharp.Services.DynamoDB.GetItemOutput>));
        MeasureTypedWrite("typed write PutObject", calls.PutClient, "PutObject",
            () => new BotoSharp.Services.S3.PutObjectRequest { Bucket = "bench-bucket", Key = "data/object.bin", Body = new MemoryStream(s_object) });
        MeasureTypedWrite("typed write GetCallerIdentity", calls.StsClient, "GetCallerIdentity", () => new BotoSharp.Services.STS.GetCallerIdentityRequest());
        MeasureTypedWrite("typed write DescribeInstances", calls.Ec2Client, "DescribeInstances", () => new BotoSharp.Services.EC2.DescribeInstancesRequest());
        MeasureTypedWrite("typed write GetItem", calls.DdbClient, "GetItem", () => new BotoSharp.Services.DynamoDB.GetItemInput
        {
            TableName = "users",
            Key = new()
            {
                ["pk"] = new BotoSharp.Services.DynamoDB.AttributeValue { S = "user#1234" },
                ["sk"] = new BotoSharp.Services.DynamoDB.AttributeValue { S = "profile" },
            },
        });
        await MeasureAsync("whole SendMessage", () => calls.BotoSharpSendMessage());
        await MeasureAsync("whole PutObject", () => calls.BotoSharpPutObject());
        await MeasureAsync("whole DescribeInstances", () => calls.BotoSharpDescribeInstances());
        Console.WriteLine();
        Console.WriteLine($"{"whole call, bytes per call",-36} {"BotoSharp",10} {"AWS SDK",10} {"ratio",6}");
        await CompareAsync("DynamoDB GetItem", () => calls.BotoSharpGetItem(), () => calls.AwsSdkGetItem());
        await CompareAsync("S3 PutObject 1 KiB", () => calls.BotoSharpPutObject(), () => calls.AwsSdkPutObject());
        await CompareAsync("S3 ListObjectsV2 100 keys", () => calls.BotoSharpListObjectsV2(), () => calls.AwsSdkListObjectsV2());
        await CompareAsync("SQS SendMessage", () => calls.BotoSharpSendMessage(), () => calls.AwsSdkSendMessage());
        await CompareAsync("STS GetCallerIdentity", () => calls.BotoSharpGetCallerIdentity(), () => calls.AwsSdkGetCallerIdentity());
        await CompareAsync("EC2 DescribeInstances 20", () => calls.BotoSharpDescribeInstances(), () => calls.AwsSdkDescribeInstances());
        return 0;
    }

    // The same call through both SDKs: bytes per call each and BotoSharp's share of the AWS SDK's.
    private static async Task CompareAsync<TBoto, TAws>(string name, Func<Task<TBoto>> botoSharp, Func<Task<TAws>> awsSdk)
    {
        var ours = await BytesPerCallAsync(botoSharp);
        var theirs = await BytesPerCallAsync(awsSdk);
        Console.WriteLine($"{name,-36} {ours,10:N0} {theirs,10:N0} {(double)ours / theirs,6:F2}");
    }

    /// <summary>Samples the types allocated by <paramref name="calls"/> repeated calls of one benchmark.</summary>
    public static async Task<int> SampleTypesAsync(string which, int calls)
    {
        var call = Call(which);
        for (var i = 0; i < 200; i++)
        {
            await call();
        }
        using var sampler = new AllocationSampler();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }
        foreach (var (type, bytes) in sampler.BytesByType.OrderByDescending(kv => kv.Value).Take(40))
        {
            Console.WriteLine($"{bytes / calls,10:N0} B/call  {type}");
        }
        return 0;
    }

    /// <summary>
    /// "--loop": repeats one benchmark's call <paramref name="calls"/> times, for a CPU profiler to sample; then prints
    /// the wall and CPU time per call of the second half (the first half warms up), which a busy machine moves less
    /// in CPU time than in wall time. A comparison only means something between runs made side by side.
    /// </summary>
    public static async Task<int> LoopAsync(string which, int calls)
    {
        var call = Call(which);
        var warmUp = calls / 2;
        for (var i = 0; i < warmUp; i++)
        {
            await call();
        }
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var gcBefore = GC.CollectionCount(0);
        var pauseBefore = GC.GetTotalPauseDuration();
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = warmUp; i < calls; i++)
        {
            await call();
        }
        var wall = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var measured = calls - warmUp;
        Console.WriteLine($"{which}: {wall.TotalMicroseconds / measured:F2} us/call wall, {cpu.TotalMicroseconds / measured:F2} us/call CPU, "
            + $"{(GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / measured:N0} B/call, {GC.CollectionCount(0) - gcBefore} gen0 GCs "
            + $"pausing {(GC.GetTotalPauseDuration() - pauseBefore).TotalMicroseconds / measured:F2} us/call, over {measured} calls");
        return 0;
    }

    // One benchmark's BotoSharp side by short name, or the AWS SDK's ("awssdk-getitem"), set up as the benchmark is.
    // An unknown name is an error: a typo must not quietly measure another call.
    private static Func<Task> Call(string which)
    {
        var bench = new CallBenchmarks();
        bench.Setup();
        return which switch
        {
            "list" => () => bench.BotoSharpListObjectsV2(),
            "ec2" => () => bench.BotoSharpDescribeInstances(),
            "sqs" => () => bench.BotoSharpSendMessage(),
            "create" => () =>
            {
                using var client = ClientSetup.BotoSharp<BotoSharp.Services.DynamoDB.DynamoDBClient>(bench.Stubs["ddb"]);
                return Task.CompletedTask;
            },
            // The two halves of "create": a new session alone, and a new client of one session reused by every call.
            "session" => () =>
            {
                GC.KeepAlive(ClientSetup.BotoSharpSession(bench.Stubs["ddb"]));
                return Task.CompletedTask;
            },
            "client" => ClientOfReusedSession(bench.Stubs["ddb"]),
            "createcall" => () => CreationBenchmarks.FirstGetItemAsync(bench.Stubs["ddb"]),
            "awssdk-create" => () =>
            {
                using var client = new Amazon.DynamoDBv2.AmazonDynamoDBClient(ClientSetup.AwsCredentials,
                    ClientSetup.AwsConfig(new Amazon.DynamoDBv2.AmazonDynamoDBConfig(), bench.Stubs["ddb"]));
                return Task.CompletedTask;
            },
            "put" => () => bench.BotoSharpPutObject(),
            "sts" => () => bench.BotoSharpGetCallerIdentity(),
            // The AWS SDK's side of the same calls, to profile both against the same stub.
            "awssdk-getitem" => () => bench.AwsSdkGetItem(),
            "awssdk-sts" => () => bench.AwsSdkGetCallerIdentity(),
            "dynamic-getitem" => () => bench.BotoSharpDynamicGetItem(),
            "awssdk-put" => () => bench.AwsSdkPutObject(),
            "awssdk-ec2" => () => bench.AwsSdkDescribeInstances(),
            "awssdk-list" => () => bench.AwsSdkListObjectsV2(),
            "awssdk-sqs" => () => bench.AwsSdkSendMessage(),
            "getitem" => () => bench.BotoSharpGetItem(),
            _ => throw new ArgumentException($"Unknown call '{which}'; known: getitem, dynamic-getitem, put, list, ec2, sqs, sts, "
                + "create, session, client, createcall, awssdk-getitem, awssdk-put, awssdk-list, awssdk-ec2, awssdk-sqs, awssdk-sts, awssdk-create."),
        };
    }

    // A new typed DynamoDB client of one session made up front, as ClientSetup makes it, disposed.
    private static Func<Task> ClientOfReusedSession(HttpMessageHandler handler)
    {
        var session = ClientSetup.BotoSharpSession(handler);
        return () =>
        {
            using var client = ClientSetup.BotoSharp<BotoSharp.Services.DynamoDB.DynamoDBClient>(session);
            return Task.CompletedTask;
        };
    }

    // The typed write half of a call on its own: the request object, its captured top level, validation, serialization.
    private static void MeasureTypedWrite(string name, BotoSharp.BaseClient client, string operation, Func<BotoSharp.Clients.IRequestShape> request)
    {
        var model = client.Meta.ServiceModel;
        var op = model.OperationModel(operation);
        var serializer = BotoSharp.Protocols.Typed.Writing.TypedSerializers.For(model.ResolvedProtocol, BotoSharp.Protocols.TimestampPrecision.Default)!;
        Measure(name, () =>
        {
            var typed = request();
            var topLevel = BotoSharp.Protocols.Typed.Writing.TopLevelParameterCapture.Capture(typed);
            BotoSharp.Protocols.Typed.Writing.TypedParamValidator.Validate(typed, op.InputShape!);
            return serializer.TrySerialize(typed, topLevel, op);
        });
    }

    private static object ReadFrom<T>(IShapeReader reader)
        where T : BotoSharp.Clients.IResponseShape<T> => T.ReadFrom(reader)!;

    private static void Measure(string name, Func<object?> action)
    {
        for (var i = 0; i < 50; i++)
        {
            action();
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            action();
        }
        Console.WriteLine($"{name,-36} {(GC.GetAllocatedBytesForCurrentThread() - before) / 100,10:N0} B/op");
    }

    private static async Task MeasureAsync<T>(string name, Func<Task<T>> action) =>
        Console.WriteLine($"{name,-36} {await BytesPerCallAsync(action),10:N0} B/op");

    private static async Task<long> BytesPerCallAsync<T>(Func<Task<T>> action)
    {
        for (var i = 0; i < 50; i++)
        {
            await action();
        }
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < 100; i++)
        {
            await action();
        }
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / 100;
    }
}
