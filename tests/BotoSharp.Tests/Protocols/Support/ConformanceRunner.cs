using System.Collections;
using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Models;
using BotoSharp.Protocols;

namespace BotoSharp.Tests.Protocols.Support;

/// <summary>
/// Runs one conformance case the way botocore's runner does, with its allowances (see the conformance README):
/// input cases serialize without validation and compare method, URI with query string, headers (list headers
/// without the space after commas, protocol-specific Content-Type leniency), forbidden headers, host and body by
/// meaning; output cases parse (errors also against the modeled error shape) and compare after botocore's fixups.
/// Returns null on success, else a description of the first difference.
/// </summary>
public static class ConformanceRunner
{
    /// <summary>Compares a serialized body with the expected body text; returns null when equal.</summary>
    public delegate string? BodyComparer(byte[] actual, string expected);

    /// <summary>Runs an input case.</summary>
    public static string? RunInput(ProtocolTestCase testCase, IProtocolSerializer serializer, BodyComparer compareBody)
    {
        var operation = testCase.BuildOperationModel();
        return CompareRequest(testCase, serializer.Serialize(InputParameters(testCase), operation), operation, compareBody);
    }

    /// <summary>The case's <c>params</c> as botocore's runner hands them to the serializer.</summary>
    public static Dictionary<string, object?> InputParameters(ProtocolTestCase testCase)
    {
        var parameters = (Dictionary<string, object?>)PlainValues.FromJson(testCase.Case["params"])!;
        foreach (var key in parameters.Keys.ToList())
        {
            // botocore's runner turns top-level special-float strings into floats before serializing.
            parameters[key] = parameters[key] switch
            {
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                "NaN" => double.NaN,
                var v => v,
            };
        }
        return parameters;
    }

    /// <summary>
    /// Compares a serialized request with the case's expected one (method, URI with query string, headers, forbidden
    /// headers, host, body by <paramref name="compareBody"/>); null when they agree, else the first difference.
    /// </summary>
    public static string? CompareRequest(ProtocolTestCase testCase, SerializedRequest request, OperationModel operation, BodyComparer compareBody)
    {
        var expected = (JsonObject)testCase.Case["serialized"]!;
        if (request.Body is not byte[] body)
        {
            body = request.Body is Stream s ? ReadRewinding(s) : Array.Empty<byte>();
        }
        if (expected["body"] is JsonValue expectedBody && compareBody(body, expectedBody.GetValue<string>()) is { } bodyProblem)
        {
            return "Body: " + bodyProblem;
        }
        if (CompareHeaders(request, expected, testCase.MetadataProtocol, operation) is { } headerProblem)
        {
            return headerProblem;
        }
        var uri = request.UrlPath;
        var query = request.QueryString.Encode();
        if (query.Length > 0)
        {
            uri += (uri.Contains('?') ? "&" : "?") + query;
        }
        var expectedUri = expected["uri"]?.GetValue<string>() ?? string.Empty;
        if (uri != expectedUri)
        {
            return $"URI: {uri} != {expectedUri}";
        }
        if (expected["method"]?.GetValue<string>() is { } method && method != request.Method)
        {
            return $"Method: {request.Method} != {method}";
        }
        if (expected["host"]?.GetValue<string>() is { } host)
        {
            var endpoint = new Uri(testCase.Suite["clientEndpoint"]?.GetValue<string>() ?? "https://localhost");
            var actualHost = (request.HostPrefix ?? string.Empty) + endpoint.Authority;
            if (!endpoint.IsDefaultPort && !endpoint.Authority.Contains(':'))
            {
                actualHost += ":" + endpoint.Port;
            }
            if (actualHost != host)
            {
                return $"Host: {actualHost} != {host}";
            }
        }
        return null;
    }

    /// <summary>Runs an output case; <paramref name="decodeBody"/> turns the case's body text into wire bytes.</summary>
    public static string? RunOutput(ProtocolTestCase testCase, IProtocolParser parser, Func<string, byte[]> decodeBody)
    {
        var model = testCase.BuildServiceModel();
        var operation = model.OperationModel(testCase.OperationName);
        var response = (JsonObject)testCase.Case["response"]!;
        var headers = new HeaderCollection();
        if (response["headers"] is JsonObject h)
        {
            foreach (var (name, value) in h)
            {
                headers.Set(name, value!.GetValue<string>());
            }
        }
        // botocore's runner feeds event-stream bodies as base64 of the framed messages.
        var decode = operation.HasEventStreamOutput ? Convert.FromBase64String : decodeBody;
        // A case without a body gets an empty one, except query, which botocore's runner feeds "<xml/>".
        var body = response["body"] is JsonValue b
            ? decode(b.GetValue<string>())
            : testCase.MetadataProtocol == "query" ? Encoding.UTF8.GetBytes("<xml/>") : Array.Empty<byte>();
        var status = response["status_code"]?.GetValue<int>() ?? 200;
        var parsed = parser.Parse(new ProtocolResponse(status, headers, body), operation);
        object? expected;
        if (testCase.Case.ContainsKey("error"))
        {
            var expectedError = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["Error"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["Code"] = testCase.Case["errorCode"]?.GetValue<string>() ?? string.Empty,
                    ["Message"] = testCase.Case["errorMessage"]?.GetValue<string>() ?? string.Empty,
                },
            };
            foreach (var (key, value) in (IDictionary<string, object?>)PlainValues.FromJson(testCase.Case["error"])!)
            {
                expectedError[key] = value;
            }
            expected = expectedError;
        }
        else
        {
            expected = PlainValues.FromJson(testCase.Case["result"]);
        }
        var actual = Fixup(parsed);
        return PlainValues.AreEqual(actual, expected, out var path)
            ? null
            : $"Parsed output differs at {path}\n actual:   {PlainValues.Describe(actual)}\n expected: {PlainValues.Describe(expected)}";
    }

    /// <summary>
    /// botocore's runner fixups: drop <c>ResponseMetadata</c>, keep only <c>Code</c>/<c>Message</c> under <c>Error</c>,
    /// blobs as UTF-8 text, timestamps as epoch seconds, special floats as strings.
    /// </summary>
    public static object? Fixup(object? value) => value switch
    {
        Dictionary<string, object?> d => d.Where(p => p.Key != "ResponseMetadata")
            .ToDictionary(p => p.Key, p => p.Key == "Error" && p.Value is IDictionary<string, object?> e
                ? e.Where(x => x.Key is "Code" or "Message").ToDictionary(x => x.Key, x => Fixup(x.Value), StringComparer.Ordinal)
                : Fixup(p.Value), StringComparer.Ordinal),
        IDictionary<string, object?> d2 => d2.ToDictionary(p => p.Key, p => Fixup(p.Value), StringComparer.Ordinal),
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        Stream stream => Encoding.UTF8.GetString(ValueConversions.ToBytes(stream)),
        BotoSharp.Protocols.EventStreams.EventStream events => events.Select(Fixup).ToList(),
        DateTimeOffset t => (t - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond,
        double d when double.IsNaN(d) => "NaN",
        double d when double.IsPositiveInfinity(d) => "Infinity",
        double d when double.IsNegativeInfinity(d) => "-Infinity",
        IList list => list.Cast<object?>().Select(Fixup).ToList(),
        _ => value,
    };

    // A streaming body is read for the comparison and rewound, so the same request can be compared twice.
    private static byte[] ReadRewinding(Stream stream)
    {
        var start = stream.CanSeek ? stream.Position : -1;
        var bytes = ValueConversions.ToBytes(stream);
        if (start >= 0)
        {
            stream.Position = start;
        }
        return bytes;
    }

    private static string? CompareHeaders(SerializedRequest request, JsonObject expected, string protocol, OperationModel operation)
    {
        var wanted = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (expected["headers"] is JsonObject headers)
        {
            foreach (var (name, value) in headers)
            {
                wanted[name] = value!.GetValue<string>();
            }
        }
        var actual = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.Headers)
        {
            actual[name] = value;
        }
        // List headers: the data separates items with ", ", botocore with ",".
        if (operation.InputShape is { } input)
        {
            foreach (var member in input.Members.Values)
            {
                if (member.LocationName is { } headerName && member.Location == "header" && member is ListShape list)
                {
                    if (wanted.TryGetValue(headerName, out var w))
                    {
                        wanted[headerName] = w.Replace(", ", ",", StringComparison.Ordinal);
                    }
                    if (actual.TryGetValue(headerName, out var a) && list.Member.TypeName == "timestamp")
                    {
                        actual[headerName] = a.Replace(", ", ",", StringComparison.Ordinal);
                    }
                }
            }
        }
        switch (protocol)
        {
            case "query" or "ec2":
                var contentType = wanted.TryGetValue("Content-Type", out var ct) ? ct : string.Empty;
                if (!contentType.Contains("charset=utf-8", StringComparison.Ordinal))
                {
                    wanted["Content-Type"] = contentType + "; charset=utf-8";
                }
                break;
            case "rest-xml":
                wanted.Remove("Content-Type");
                break;
            case "rest-json":
                if (wanted.TryGetValue("Content-Type", out var jsonType) && jsonType != "application/json")
                {
                    wanted.Remove("Content-Type");
                }
                break;
        }
        foreach (var (name, value) in wanted)
        {
            if (!actual.TryGetValue(name, out var got))
            {
                return $"Header {name} missing (expected {value})";
            }
            if (got != value)
            {
                return $"Header {name}: {got} != {value}";
            }
        }
        if (expected["forbidHeaders"] is JsonArray forbidden)
        {
            foreach (var name in forbidden.Select(n => n!.GetValue<string>()))
            {
                if (actual.ContainsKey(name))
                {
                    return $"Header {name} is forbidden but was sent";
                }
            }
        }
        return null;
    }
}
