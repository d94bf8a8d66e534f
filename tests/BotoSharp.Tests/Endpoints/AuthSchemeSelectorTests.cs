using System.Text.Json.Nodes;
using BotoSharp.Endpoints;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Endpoints;

/// <summary>
/// Auth scheme selection against botocore's <c>EndpointRulesetResolver.auth_schemes_to_signing_ctx</c>
/// (botocore without CRT, as installed): for each scheme list, configured signature version and preference,
/// the auth type, signing context or error class must agree.
/// </summary>
[TestFixture]
public sealed class AuthSchemeSelectorTests
{
    private const string Script = """
import sys, json
from botocore.regions import EndpointRulesetResolver
from botocore import UNSIGNED
out = []
for case in json.load(sys.stdin):
    r = EndpointRulesetResolver.__new__(EndpointRulesetResolver)
    req = case['requested']
    r._requested_auth_scheme = UNSIGNED if req == 'UNSIGNED' else req
    r._auth_scheme_preference = case['preference']
    try:
        name, ctx = r.auth_schemes_to_signing_ctx(case['schemes'])
        out.append({'name': name, 'ctx': ctx})
    except Exception as e:
        out.append({'error': type(e).__name__})
print(json.dumps(out))
""";

    private static readonly string[] s_schemeLists =
    [
        """[{"name":"sigv4","signingName":"s3","signingRegion":"us-west-2","disableDoubleEncoding":true}]""",
        """[{"name":"sigv4a","signingName":"s3","signingRegionSet":["*"]},{"name":"sigv4","signingName":"s3","signingRegion":"us-east-1"}]""",
        """[{"name":"sigv4a","signingName":"s3","signingRegionSet":["us-east-1","us-west-2"]}]""",
        """[{"name":"sigv4-s3express","signingName":"s3express","signingRegion":"us-east-1","disableDoubleEncoding":"true"}]""",
        """[{"name":"sigv4","signingRegionSet":[]}]""",
        """[{"name":"bogus"}]""",
    ];

    private static readonly string?[] s_requested = [null, "v4", "s3v4", "s3v4a", "v4a", "s3", "s3v4-query", "UNSIGNED", "v4-s3express"];

    private static readonly string?[] s_preferences = [null, "sigv4a,sigv4", "httpBearerAuth", "sigv4"];

    /// <summary>Every combination selects what botocore selects.</summary>
    [Test]
    public void Selection_matches_botocore_for_every_combination()
    {
        var cases = new List<(string Schemes, string? Requested, string? Preference)>();
        foreach (var schemes in s_schemeLists)
        {
            foreach (var requested in s_requested)
            {
                cases.Add((schemes, requested, null));
            }
            foreach (var preference in s_preferences)
            {
                cases.Add((schemes, null, preference));
            }
        }
        var input = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
        {
            ["schemes"] = JsonNode.Parse(c.Schemes),
            ["requested"] = c.Requested,
            ["preference"] = c.Preference,
        }).ToArray());
        var expected = BotocoreOracle.Run(Script, input).AsArray();
        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var schemes = ((List<object?>)EndpointTestData.ToParameters(new JsonObject { ["s"] = JsonNode.Parse(cases[i].Schemes) })["s"]!)
                .Cast<IReadOnlyDictionary<string, object?>>().ToList();
            JsonNode actual;
            try
            {
                var selection = AuthSchemeSelector.Select(schemes, cases[i].Requested, cases[i].Preference);
                actual = new JsonObject { ["name"] = selection.AuthType, ["ctx"] = EndpointExpectation.ToJson(selection.SigningContext) };
            }
            catch (BotoCoreError error)
            {
                actual = new JsonObject { ["error"] = error.GetType().Name };
            }
            if (!JsonNode.DeepEquals(expected[i], actual))
            {
                mismatches.Add($"{cases[i]}: botocore {expected[i]!.ToJsonString()} ours {actual.ToJsonString()}");
            }
        }
        TestContext.Out.WriteLine($"auth scheme selection matched botocore in {cases.Count - mismatches.Count}/{cases.Count} cases");
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches));
    }

    /// <summary>An empty scheme list is rejected as botocore rejects it.</summary>
    [Test]
    public void An_empty_scheme_list_is_rejected()
    {
        Assert.That(() => AuthSchemeSelector.Select(Array.Empty<IReadOnlyDictionary<string, object?>>(), null, null),
            Throws.ArgumentException.With.Message.StartsWith("auth_schemes must be a non-empty list."));
    }

    /// <summary>With a SigV4a signer available, sigv4a is chosen first and its region set joined.</summary>
    [Test]
    public void A_sigv4a_signer_makes_sigv4a_selectable()
    {
        var supported = new HashSet<string>(AuthSchemeSelector.DefaultAuthTypes) { "v4a" };
        var schemes = new List<IReadOnlyDictionary<string, object?>>
        {
            new Dictionary<string, object?> { ["name"] = "sigv4a", ["signingName"] = "s3", ["signingRegionSet"] = new List<object?> { "us-east-1", "us-west-2" } },
            new Dictionary<string, object?> { ["name"] = "sigv4", ["signingName"] = "s3", ["signingRegion"] = "us-east-1" },
        };
        var selection = AuthSchemeSelector.Select(schemes, null, null, supported);
        Assert.That(selection, Is.EqualTo(new AuthSchemeSelection { AuthType = "v4a", SigningName = "s3", SigningRegion = "us-east-1,us-west-2" }));
    }
}
