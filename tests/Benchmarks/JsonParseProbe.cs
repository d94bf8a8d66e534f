using System.Text.Json;
using BotoSharp.Clients;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Typed.Reading;
using Ddb = BotoSharp.Services.DynamoDB;

namespace Benchmarks;

/// <summary>
/// "--parse-probe getitem": time and bytes of reading GetItem's JSON body — a bare <see cref="Utf8JsonReader"/> pass
/// beside the typed read — over the benchmark's own response body (diagnostic).
/// </summary>
public static class JsonParseProbe
{
    // The body is small: enough runs that the process CPU clock's ticks do not decide the figure.
    private const int Runs = 200_000;

    public static int Run()
    {
        var body = Stub.Responses.DynamoDbGetItem.Body;
        var bench = new CallBenchmarks();
        bench.Setup();
        var output = bench.DdbClient.Meta.ServiceModel.OperationModel("GetItem").OutputShape!;
        var headers = new HeaderCollection();
        Console.WriteLine($"body {body.Length:N0} B");
        // A read that gives up would time the exception, not the reader: fail loudly instead.
        var item = ((Ddb.GetItemOutput)TypedOutputReading.Read(new ProtocolResponse(200, headers, body), output, "json",
            ResponseMetadata.Over(200, headers), null, ReadFrom<Ddb.GetItemOutput>)).Item;
        Console.WriteLine($"typed read: {item!.Count} attributes");
        for (var i = 0; i < 3; i++)
        {
            ParseProbe.Measure("Utf8JsonReader pass (Read only)", () => BarePass(body, strings: false), Runs);
            ParseProbe.Measure("Utf8JsonReader pass (Read + GetString)", () => BarePass(body, strings: true), Runs);
            ParseProbe.Measure("typed read", () => TypedOutputReading.Read(new ProtocolResponse(200, headers, body), output, "json",
                ResponseMetadata.Over(200, headers), null, ReadFrom<Ddb.GetItemOutput>), Runs);
        }
        return 0;
    }

    private static object ReadFrom<T>(IShapeReader reader)
        where T : IResponseShape<T> => T.ReadFrom(reader)!;

    private static int BarePass(byte[] body, bool strings)
    {
        var json = new Utf8JsonReader(body);
        var n = 0;
        while (json.Read())
        {
            if (strings && json.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                n += json.GetString()!.Length;
            }
        }
        return n;
    }
}
