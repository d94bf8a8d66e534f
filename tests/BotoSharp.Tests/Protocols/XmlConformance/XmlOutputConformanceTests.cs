using System.Collections;
using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Ec2;
using BotoSharp.Protocols.Query;
using BotoSharp.Protocols.RestXml;

namespace BotoSharp.Tests.Protocols.XmlConformance;

/// <summary>
/// Runs the query, ec2 and rest-xml output cases as botocore's runner does: timestamps compared as whole epoch
/// seconds, blobs as UTF-8 text, <c>ResponseMetadata</c> dropped, an error's modeled members parsed a second time
/// and merged, and only <c>Code</c> and <c>Message</c> kept under <c>Error</c>.
/// </summary>
public class XmlOutputConformanceTests
{
    [TestCaseSource(typeof(XmlProtocolCaseSource), nameof(XmlProtocolCaseSource.Output))]
    public void TheResponseParsesToTheExpectedResult(XmlProtocolCase testCase)
    {
        var operation = testCase.BuildOperation((description, given) =>
        {
            // botocore's runner gives query outputs with members a resultWrapper named after the operation.
            if (testCase.Protocol == "query" && !testCase.Case.ContainsKey("error") && given["output"] is JsonObject output
                && description["shapes"]?[output["shape"]!.GetValue<string>()]?["members"] is JsonObject { Count: > 0 })
            {
                output["resultWrapper"] = given["name"]!.GetValue<string>() + "Result";
            }
        });
        var parser = CreateParser(testCase.Protocol);
        var response = BuildResponse(testCase.Case["response"]!.AsObject(), operation.HasEventStreamOutput, testCase.Protocol);
        var parsed = parser.Parse(response, operation.OutputShape);
        object? expected;
        if (testCase.Case.ContainsKey("error"))
        {
            if (parsed.TryGetValue("Error", out var e) && e is IDictionary<string, object?> error
                && error.TryGetValue("Code", out var code) && code is string c
                && operation.ServiceModel.ShapeForErrorCode(c) is { } errorShape)
            {
                foreach (var (key, value) in parser.Parse(response, errorShape))
                {
                    parsed[key] = value;
                }
            }
            var expectedError = new Dictionary<string, object?>
            {
                ["Error"] = new Dictionary<string, object?>
                {
                    ["Code"] = testCase.Case["errorCode"]?.GetValue<string>() ?? string.Empty,
                    ["Message"] = testCase.Case["errorMessage"]?.GetValue<string>() ?? string.Empty,
                },
            };
            foreach (var (key, value) in (IDictionary<string, object?>)PlainJsonReader.Parse(testCase.Case["error"]!.ToJsonString())!)
            {
                expectedError[key] = value;
            }
            expected = expectedError;
        }
        else
        {
            expected = PlainJsonReader.Parse(testCase.Case["result"]!.ToJsonString());
        }
        var actual = Fixup(parsed);
        Assert.That(PlainValueComparer.Difference(actual, expected), Is.Null, () =>
            $"Response body: {testCase.Case["response"]?["body"]}");
    }

    private static ResponseParserBase CreateParser(string protocol)
    {
        // botocore's runner compares timestamps as epoch seconds (datetime.timestamp(): microseconds / 1e6).
        Func<string, object?> timestamps = text =>
            (Timestamps.Parse(text).UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10 / 1e6;
        return protocol switch
        {
            "query" => new QueryResponseParser(timestamps),
            "ec2" => new Ec2ResponseParser(timestamps),
            _ => new RestXmlResponseParser(timestamps),
        };
    }

    private static ProtocolResponse BuildResponse(JsonObject response, bool eventStream, string protocol)
    {
        var headers = new HeaderCollection();
        if (response["headers"] is JsonObject h)
        {
            foreach (var (name, value) in h)
            {
                headers.Set(name, value!.GetValue<string>());
            }
        }
        var status = response["status_code"]!.GetValue<int>();
        // A case without a body gets an empty one, or an empty document for query, as in botocore's runner.
        var body = response["body"]?.GetValue<string>() ?? (protocol == "query" ? "<xml/>" : string.Empty);
        return eventStream
            // Event stream bodies are stored base64-encoded, as botocore's runner decodes them.
            ? new ProtocolResponse(status, headers, new MemoryStream(Convert.FromBase64String(body)))
            : new ProtocolResponse(status, headers, Encoding.UTF8.GetBytes(body));
    }

    private static Dictionary<string, object?> Fixup(Dictionary<string, object?> parsed)
    {
        parsed.Remove("ResponseMetadata");
        var result = (Dictionary<string, object?>)Normalize(parsed)!;
        if (result.TryGetValue("Error", out var e) && e is Dictionary<string, object?> error)
        {
            foreach (var key in error.Keys.Where(k => k is not "Code" and not "Message").ToList())
            {
                error.Remove(key);
            }
        }
        return result;
    }

    private static object? Normalize(object? value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        Stream stream => ReadStream(stream),
        double d when double.IsNaN(d) => "NaN",
        double d when double.IsPositiveInfinity(d) => "Infinity",
        double d when double.IsNegativeInfinity(d) => "-Infinity",
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Normalize(p.Value)),
        // botocore's runner expands an event stream into the list of its events.
        IEnumerable<Dictionary<string, object?>> events => events.Select(Normalize).ToList(),
        IList list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };

    private static string ReadStream(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
