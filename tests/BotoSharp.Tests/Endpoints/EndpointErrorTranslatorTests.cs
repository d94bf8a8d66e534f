using System.Text.Json.Nodes;
using BotoSharp.Endpoints;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Endpoints;

/// <summary>
/// Rule-set error translation against botocore's <c>ruleset_error_to_botocore_exception</c>: the same
/// exception class and message for each service and message.
/// </summary>
[TestFixture]
public sealed class EndpointErrorTranslatorTests
{
    private const string Script = """
import sys, json, types
from botocore.regions import EndpointRulesetResolver
from botocore.exceptions import EndpointResolutionError
out = []
for case in json.load(sys.stdin):
    r = EndpointRulesetResolver.__new__(EndpointRulesetResolver)
    r._service_model = types.SimpleNamespace(service_name=case['service'])
    e = r.ruleset_error_to_botocore_exception(EndpointResolutionError(msg=case['msg']), {'Bucket': 'arn:aws:s3:x'})
    out.append(None if e is None else {'type': type(e).__name__, 'message': str(e)})
print(json.dumps(out))
""";

    private static readonly string[] s_messages =
    [
        "Invalid region in ARN: `us-east-1!` (invalid DNS name)", "Invalid region in ARN: no backtick",
        "S3 Object Lambda does not support S3 Accelerate", "Accelerate cannot be used with FIPS",
        "S3 Outposts does not support Dual-stack", "S3 MRAP does not support FIPS", "Access Points do not support S3 Accelerate",
        "Invalid configuration: Outposts do not support dual-stack", "Client was configured for partition `aws` but ARN has `aws-cn`",
        "Invalid ARN: The ARN was not for the S3 service", "INVALID ARN: shouting", "AccountId is required but not set",
        "Invalid Configuration: FIPS is not supported with EventBridge multi-region endpoints.",
        "EndpointId must be a valid host label.", "Invalid Configuration: Missing Region",
    ];

    private static readonly string[] s_services = ["s3", "s3control", "events", "dynamodb"];

    /// <summary>Each message becomes the exception botocore raises, or stays untranslated where botocore leaves it.</summary>
    [Test]
    public void Translation_matches_botocore_for_each_service_and_message()
    {
        var cases = s_services.SelectMany(service => s_messages.Select(message => (service, message))).ToList();
        var input = new JsonArray(cases.Select(c => (JsonNode)new JsonObject { ["service"] = c.service, ["msg"] = c.message }).ToArray());
        var expected = BotocoreOracle.Run(Script, input).AsArray();
        var parameters = new Dictionary<string, object?> { ["Bucket"] = "arn:aws:s3:x" };
        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var translated = EndpointErrorTranslator.Translate(new EndpointResolutionError(cases[i].message), cases[i].service, parameters);
            JsonNode? actual = translated is null ? null : new JsonObject { ["type"] = translated.GetType().Name, ["message"] = translated.Message };
            if (!JsonNode.DeepEquals(expected[i], actual))
            {
                mismatches.Add($"{cases[i]}: botocore {expected[i]?.ToJsonString()} ours {actual?.ToJsonString()}");
            }
        }
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches));
    }
}
