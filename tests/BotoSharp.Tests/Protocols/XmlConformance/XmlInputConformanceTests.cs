using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Models;
using BotoSharp.Protocols;

namespace BotoSharp.Tests.Protocols.XmlConformance;

/// <summary>
/// Runs the query, ec2 and rest-xml input cases with botocore's runner allowances: query/ec2 Content-Type gains
/// <c>; charset=utf-8</c>, rest-xml Content-Type is not checked, list headers drop the space after commas, rest-xml
/// bodies are compared canonically and <c>requireHeaders</c> is not checked.
/// </summary>
public class XmlInputConformanceTests
{
    [TestCaseSource(typeof(XmlProtocolCaseSource), nameof(XmlProtocolCaseSource.Input))]
    public void TheParametersSerializeToTheExpectedRequest(XmlProtocolCase testCase)
    {
        var operation = testCase.BuildOperation();
        var parameters = (IDictionary<string, object?>)PlainJsonReader.Parse(testCase.Case["params"]!.ToJsonString())!;
        foreach (var key in parameters.Keys.ToList())
        {
            // botocore's runner turns top-level special float strings back into floats.
            parameters[key] = parameters[key] switch
            {
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                "NaN" => double.NaN,
                var other => other,
            };
        }
        var request = ProtocolFactory.CreateSerializer(testCase.Protocol, includeValidation: false).Serialize(parameters, operation);
        var expected = testCase.Case["serialized"]!.AsObject();
        Assert.Multiple(() =>
        {
            if (expected["body"] is { } body)
            {
                AssertBody(testCase.Protocol, BodyText(request), body.GetValue<string>());
            }
            AssertHeaders(testCase.Protocol, request, expected, operation);
            Assert.That(Uri(request), Is.EqualTo(expected["uri"]?.GetValue<string>() ?? string.Empty), "URI");
            if (expected["method"] is { } method)
            {
                Assert.That(request.Method, Is.EqualTo(method.GetValue<string>()), "Method");
            }
            if (expected["host"] is { } host)
            {
                var endpoint = new Uri(testCase.Suite["clientEndpoint"]!.GetValue<string>());
                Assert.That((request.HostPrefix ?? string.Empty) + endpoint.Authority, Is.EqualTo(host.GetValue<string>()), "Host");
            }
        });
    }

    private static void AssertBody(string protocol, string actual, string expected)
    {
        if (protocol == "rest-xml" && CanonicalXml.TryCanonicalize(expected) is { } canonicalExpected
            && CanonicalXml.TryCanonicalize(actual) is { } canonicalActual)
        {
            Assert.That(canonicalActual, Is.EqualTo(canonicalExpected), "Body value (canonical XML)");
            return;
        }
        Assert.That(actual, Is.EqualTo(expected), "Body value");
    }

    private static void AssertHeaders(string protocol, SerializedRequest request, JsonObject expected, OperationModel operation)
    {
        var expectedHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (expected["headers"] is JsonObject headers)
        {
            foreach (var (name, value) in headers)
            {
                expectedHeaders[name] = value!.GetValue<string>();
            }
        }
        var listHeaders = operation.InputShape?.Members.Values
            .Where(m => m.Location == "header" && m.TypeName == "list" && m.LocationName is not null)
            .ToList() ?? new List<Shape>();
        foreach (var member in listHeaders)
        {
            if (expectedHeaders.TryGetValue(member.LocationName!, out var value))
            {
                expectedHeaders[member.LocationName!] = value.Replace(", ", ",", StringComparison.Ordinal);
            }
        }
        if (protocol is "query" or "ec2")
        {
            var contentType = expectedHeaders.GetValueOrDefault("Content-Type", string.Empty);
            if (!contentType.Contains("charset=utf-8", StringComparison.Ordinal))
            {
                expectedHeaders["Content-Type"] = contentType + "; charset=utf-8";
            }
        }
        else
        {
            expectedHeaders.Remove("Content-Type");
        }
        foreach (var (name, value) in expectedHeaders)
        {
            var actual = request.Headers[name];
            if (actual is not null && listHeaders.Any(m => string.Equals(m.LocationName, name, StringComparison.OrdinalIgnoreCase) && ((ListShape)m).Member.TypeName == "timestamp"))
            {
                actual = actual.Replace(", ", ",", StringComparison.Ordinal);
            }
            Assert.That(actual, Is.EqualTo(value), $"Header {name}");
        }
        if (expected["forbidHeaders"] is JsonArray forbidden)
        {
            foreach (var name in forbidden)
            {
                Assert.That(request.Headers.Contains(name!.GetValue<string>()), Is.False, $"Forbidden header {name}");
            }
        }
    }

    private static string BodyText(SerializedRequest request) => request.Body switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        Stream stream => new StreamReader(stream, Encoding.UTF8).ReadToEnd(),
        _ => string.Empty,
    };

    private static string Uri(SerializedRequest request)
    {
        var query = request.QueryString.Encode();
        if (query.Length == 0)
        {
            return request.UrlPath;
        }
        return request.UrlPath + (request.UrlPath.Contains('?') ? "&" : "?") + query;
    }
}
