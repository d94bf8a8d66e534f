using System.Diagnostics;
using System.Xml;
using BotoSharp.Clients;
using BotoSharp.Http;
using BotoSharp.Protocols;
using BotoSharp.Protocols.RestXml;
using BotoSharp.Protocols.Typed.Reading;
using BotoSharp.Protocols.Xml;
using S3 = BotoSharp.Services.S3;
using Ec2 = BotoSharp.Services.EC2;

namespace Benchmarks;

/// <summary>
/// "--parse-probe list|ec2": time and bytes of each piece of reading one XML response (the 200-error root check, a
/// bare XmlReader pass, the typed read), over the benchmark's own response body (diagnostic).
/// </summary>
public static class ParseProbe
{
    public static int Run(string which, bool typedOnly = false)
    {
        if (which == "getitem")
        {
            return JsonParseProbe.Run();
        }
        var (body, protocol, output, read, headers) = which switch
        {
            "ec2" => (Stub.Responses.Ec2DescribeInstances.Body, "ec2", Shape("ec2", "DescribeInstances"),
                (Func<IShapeReader, object>)ReadFrom<Ec2.DescribeInstancesResult>, new HeaderCollection()),
            _ => (Stub.Responses.S3ListObjectsV2.Body, "rest-xml", Shape("s3", "ListObjectsV2"),
                ReadFrom<S3.ListObjectsV2Output>, new HeaderCollection()),
        };
        Console.WriteLine($"body {body.Length:N0} B");
        if (typedOnly)
        {
            // For a profiler: the typed read alone, many times.
            for (var i = 0; i < 10; i++)
            {
                Measure("byte reader pass (names)", () => PlainPass(body));
                Measure("typed read", () => TypedOutputReading.Read(new ProtocolResponse(200, headers, body), output, protocol,
                    ResponseMetadata.Over(200, headers), null, read));
            }
            return 0;
        }
        Measure("UTF-8 decode to a string", () => System.Text.Encoding.UTF8.GetString(body));
        Measure("XmlReader pass (Read only)", () => BarePass(body, values: false));
        Measure("XmlReader pass (Read + Value)", () => BarePass(body, values: true));
        Measure("S3 200-error check by the reader", () => XmlDocumentReader.RootTag(body) == "Error");
        Measure("S3 200-error check", () => RestXmlErrors.LooksLikeErrorWithStatus200(200, body));
        Measure("typed read", () => TypedOutputReading.Read(new ProtocolResponse(200, headers, body), output, protocol,
            ResponseMetadata.Over(200, headers), null, read));
        Measure("typed read over XmlReader", () => TypedOutputReading.Read(new ProtocolResponse(200, headers, body), output, protocol,
            ResponseMetadata.Over(200, headers), null, read, overXmlReader: true));
        return 0;
    }

    private static BotoSharp.Models.StructureShape Shape(string service, string operation)
    {
        var bench = new CallBenchmarks();
        bench.Setup();
        BotoSharp.BaseClient client = service == "ec2" ? bench.Ec2Client : bench.ListClient;
        return client.Meta.ServiceModel.OperationModel(operation).OutputShape!;
    }

    private static object ReadFrom<T>(IShapeReader reader)
        where T : IResponseShape<T> => T.ReadFrom(reader)!;

    private static int BarePass(byte[] body, bool values)
    {
        using var text = new Utf8BodyReader(body);
        using var xml = XmlReaders.Create(text);
        var n = 0;
        while (xml.Read())
        {
            if (values && xml.NodeType == XmlNodeType.Text)
            {
                n += xml.Value.Length;
            }
        }
        return n;
    }

    private static int PlainPass(byte[] body)
    {
        using var cursor = PlainXmlCursor.Take(body);
        var n = 0;
        while (cursor.Read())
        {
            if (cursor.NodeType == XmlNodeType.Element)
            {
                n += cursor.LocalName.Length;
            }
        }
        return n;
    }

    internal static void Measure(string name, Func<object> action, int runs = 5000)
    {
        for (var i = 0; i < 2000; i++)
        {
            action();
        }
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        // CPU time of the process: the machine is shared, and wall time counts the minutes other work ran.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            action();
        }
        var us = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / runs;
        Console.WriteLine($"{name,-36} {us,8:F1} us CPU {(GC.GetTotalAllocatedBytes(precise: true) - bytes) / runs,10:N0} B");
    }
}
