using System.Text.Json.Nodes;
using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Endpoints;

/// <summary>
/// The rules-engine functions against botocore's <c>RuleSetStandardLibrary</c> on awkward inputs: each input
/// is run through both and the JSON results compared. Where botocore fails with a plain Python exception
/// (a crash, e.g. <c>parseURL("https://")</c>), ours must raise <see cref="EndpointResolutionError"/>.
/// </summary>
[TestFixture]
public sealed class StandardLibraryDifferentialTests
{
    private const string Script = """
import sys, json, botocore, os
from botocore.endpoint_provider import RuleSetStandardLibrary
parts = json.load(open(os.path.join(os.path.dirname(botocore.__file__), 'data', 'partitions.json')))
lib = RuleSetStandardLibrary(parts)
out = []
for case in json.load(sys.stdin):
    fn = getattr(lib, case['fn'])
    try:
        out.append({'ok': fn(*case['args'])})
    except Exception as e:
        out.append({'error': str(e) if type(e).__name__ == 'EndpointResolutionError' else 'crash'})
print(json.dumps(out))
""";

    private static readonly string[] s_urls =
    [
        "https://example.com", "http://example.com:8443/path/to/", "https://example.com/a/./b/../c",
        "https://127.0.0.1:8080/", "https://[::1]:443/x", "https://[fe80::1%25eth0]/", "ftp://example.com",
        "https://example.com?x=1", "https://example.com?", "https://example.com:99999", "https://example.com:ab",
        "https://user:pw@host.com:80/p;params", "HTTPS://Example.COM//double//slash", "https://example.com/%20space",
        "https://example.com/with space", "not a url", "https://example.com#frag", "http://1.2.3.4.5/", "https://",
        "https://example.com/path?", "  https://lead.example.com/p", "https://host/p\u00e9",
    ];

    private static readonly string[] s_labels =
    [
        "abc", "a", "-abc", "abc-", "a.b", "a..b", "ABC", "ab", "a_b", "192.168.1.1", "my.bucket.name", "",
        new string('a', 63), new string('a', 64), "bucket-1", "a-.b", "x.y-", "\u00e9t\u00e9", "abc\n",
        "\u0661\u0662\u0663", "1.2.3.4\n", "1.2.3", "256.1.1.1", "1..2.3", "1234.1.1.1", "a\n\n", "-\n",
    ];

    private static readonly string[] s_arns =
    [
        "arn:aws:s3:us-west-2:123456789012:accesspoint/myendpoint", "arn:aws:s3:::bucket", "arn:aws::us-east-1:1:r",
        "arn:aws:s3:us-east-1:1:", "arn:aws:s3", "arn:aws-cn:s3-outposts:cn-north-1:1:outpost:op-1:accesspoint:ap",
        "aws:s3:us-east-1:1:r", "arn:::::", "arn:p:s:r:a:r1/r2:r3",
    ];

    private static readonly string[] s_regions =
    [
        "us-east-1", "cn-north-1", "us-gov-west-1", "us-iso-east-1", "eu-isoe-west-1", "eusc-de-east-1",
        "mars-east-1", "aws-global", "us-east-1-foo", "", "aws-cn-global", "us-isob-east-1",
    ];

    /// <summary>Our functions give what botocore gives for every input.</summary>
    [Test]
    public void The_standard_library_matches_botocore_on_awkward_inputs()
    {
        var cases = new List<(string Fn, object?[] Args, Func<object?> Ours)>();
        foreach (var url in s_urls)
        {
            cases.Add(("parse_url", [url], () => UrlComponents.Parse(url)));
            cases.Add(("uri_encode", [url], () => StandardLibrary.UriEncode(url)));
        }
        foreach (var label in s_labels)
        {
            foreach (var allow in new[] { true, false })
            {
                cases.Add(("is_valid_host_label", [label, allow], () => StandardLibrary.IsValidHostLabel(label, allow)));
                cases.Add(("aws_is_virtual_hostable_s3_bucket", [label, allow],
                    () => StandardLibrary.IsVirtualHostableS3Bucket(label, allow)));
            }
            foreach (var (start, stop, reverse) in new[] { (0, 3, false), (1, 3, true), (0, 1, true), (2, 2, false), (0, 70, false) })
            {
                cases.Add(("substring", [label, start, stop, reverse],
                    () => StandardLibrary.Substring(label, (long)start, (long)stop, reverse)));
            }
        }
        foreach (var arn in s_arns)
        {
            cases.Add(("aws_parse_arn", [arn], () => ArnComponents.Parse(arn)));
        }
        var partitions = PartitionTable.Parse(EndpointTestData.PartitionsJson);
        foreach (var region in s_regions)
        {
            cases.Add(("aws_partition", [region], () => partitions.Resolve(region)));
        }
        cases.Add(("string_equals", [null, "a"], () => StandardLibrary.StringEquals(null, "a")));
        cases.Add(("boolean_equals", ["true", true], () => StandardLibrary.BooleanEquals("true", true)));
        cases.Add(("substring", [null, 0, 1, false], () => StandardLibrary.Substring(null, 0L, 1L, false)));

        var input = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
        {
            ["fn"] = c.Fn,
            ["args"] = new JsonArray(c.Args.Select(a => EndpointExpectation.ToJson(a)).ToArray()),
        }).ToArray());
        var expected = BotocoreOracle.Run(Script, input).AsArray();
        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            JsonNode actual;
            try
            {
                actual = new JsonObject { ["ok"] = EndpointExpectation.ToJson(cases[i].Ours()) };
            }
            catch (EndpointResolutionError error)
            {
                // Where botocore crashes with a Python error (not a botocore one), a typed error is our answer.
                var crash = expected[i]?["error"]?.GetValue<string>() == "crash";
                actual = new JsonObject { ["error"] = crash ? "crash" : error.Message };
            }
            if (!JsonNode.DeepEquals(expected[i], actual))
            {
                mismatches.Add($"{cases[i].Fn}({string.Join(", ", cases[i].Args)}): botocore {expected[i]!.ToJsonString()} ours {actual.ToJsonString()}");
            }
        }
        TestContext.Out.WriteLine($"standard library matched botocore on {cases.Count - mismatches.Count}/{cases.Count} inputs");
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches));
    }
}
