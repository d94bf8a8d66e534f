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
        await MeasureAsync("whole SendMessage", () => calls.BotoSharpSendMessage());
        await MeasureAsync("whole PutObject", () => calls.BotoSharpPutObject());
        await MeasureAsync("whole DescribeInstances", () => calls.BotoSharpDescribeInstances());
        // The same calls through the AWS SDK over the same stub, for the ratio issue 10 sets (<= 0.33x its bytes).
        await MeasureAsync("AWS SDK GetItem", () => calls.AwsSdkGetItem());
        await MeasureAsync("AWS SDK SendMessage", () => calls.AwsSdkSendMessage());
        await MeasureAsync("AWS SDK PutObject", () => calls.AwsSdkPutObject());
        await MeasureAsync("AWS SDK ListObjectsV2", () => calls.AwsSdkListObjectsV2());
        await MeasureAsync("AWS SDK GetCallerIdentity", () => calls.AwsSdkGetCallerIdentity());
        await MeasureAsync("AWS SDK DescribeInstances", () => calls.AwsSdkDescribeInstances());
        return 0;
    }

    /// <summary>Samples the types allocated by <paramref name="calls"/> repeated calls of one benchmark.</summary>
    public static async Task<int> SampleTypesAsync(string which, int calls)
    {
        var bench = new CallBenchmarks();
        bench.Setup();
        Func<Task> call = which switch
        {
            "list" => () => bench.BotoSharpListObjectsV2(),
            "ec2" => () => bench.BotoSharpDescribeInstances(),
            "sqs" => () => bench.BotoSharpSendMessage(),
            "create" => () =>
            {
                using var client = ClientSetup.BotoSharp<BotoSharp.Services.DynamoDB.DynamoDBClient>(bench.Stubs["ddb"]);
                return Task.CompletedTask;
            },
            _ => () => bench.BotoSharpGetItem(),
        };
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

    private static async Task MeasureAsync<T>(string name, Func<Task<T>> action)
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
        Console.WriteLine($"{name,-36} {(GC.GetTotalAllocatedBytes(precise: true) - before) / 100,10:N0} B/op");
    }
}
