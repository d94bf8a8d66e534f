using System.Text.Json.Nodes;
using BotoSharp.Endpoints;
using BotoSharp.Endpoints.Library;
using BotoSharp.Models;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Endpoints;

/// <summary>
/// Parameter building against botocore's <c>EndpointRulesetResolver._get_provider_params</c>: botocore's own
/// builtIns and client context for a real client are fed to our builder, and the parameter sets compared.
/// </summary>
[TestFixture]
public sealed class ParameterBuilderDifferentialTests
{
    private const string Script = """
import sys, json, botocore.session
from botocore.config import Config
cases = json.load(sys.stdin)
session = botocore.session.get_session()
out = []
for case in cases:
    config = Config(s3=case['s3']) if case.get('s3') else None
    client = session.create_client(case['service'], region_name=case['region'], aws_access_key_id='a',
                                   aws_secret_access_key='b', config=config)
    resolver = client._ruleset_resolver
    op = client.meta.service_model.operation_model(case['operation'])
    builtins = {k: (v() if callable(v) else v) for k, v in resolver._builtins.items()}
    params = resolver._get_provider_params(op, case['args'], {})
    out.append({'builtins': builtins, 'client_context': resolver._client_context, 'params': params})
print(json.dumps(out, default=list))
""";

    private static readonly JsonArray s_cases = JsonNode.Parse("""
        [
          {"service":"s3","region":"us-west-2","operation":"GetObject","args":{"Bucket":"my-bucket","Key":"k"}},
          {"service":"s3","region":"us-east-1","operation":"ListBuckets","args":{}},
          {"service":"s3","region":"eu-west-1","operation":"CreateBucket","args":{"Bucket":"b"},"s3":{"addressing_style":"path"}},
          {"service":"s3","region":"us-west-2","operation":"WriteGetObjectResponse","args":{"RequestRoute":"r","RequestToken":"t"}},
          {"service":"s3","region":"us-west-2","operation":"CopyObject","args":{"Bucket":"b","Key":"k","CopySource":"x/y"},"s3":{"use_accelerate_endpoint":true}},
          {"service":"s3","region":"us-west-2","operation":"DeleteObjects","args":{"Bucket":"b","Delete":{"Objects":[{"Key":"a"},{"Key":"b"}]}}},
          {"service":"dynamodb","region":"us-west-2","operation":"BatchGetItem","args":{"RequestItems":{"t1":{"Keys":[]},"t2":{"Keys":[]}}}},
          {"service":"dynamodb","region":"us-west-2","operation":"GetItem","args":{"TableName":"tbl","Key":{}}},
          {"service":"dynamodb","region":"ap-south-1","operation":"ListTables","args":{}},
          {"service":"kinesis","region":"us-west-2","operation":"PutRecord","args":{"StreamARN":"arn:aws:kinesis:us-west-2:123:stream/s","Data":"x","PartitionKey":"p"}},
          {"service":"sts","region":"us-east-1","operation":"GetCallerIdentity","args":{}}
        ]
        """)!.AsArray();

    /// <summary>For each call, our builder produces exactly botocore's provider parameters.</summary>
    [Test]
    public void The_builder_produces_botocores_parameters_for_real_operations()
    {
        var expected = BotocoreOracle.Run(Script, s_cases).AsArray();
        var mismatches = new List<string>();
        for (var i = 0; i < s_cases.Count; i++)
        {
            var testCase = s_cases[i]!.AsObject();
            var service = testCase["service"]!.GetValue<string>();
            var model = ReadModel(service);
            var operation = model["operations"]![testCase["operation"]!.GetValue<string>()]!.AsObject();
            var operationName = testCase["operation"]!.GetValue<string>();
            // Both ways of reading the sources (raw JSON and the runtime model) must give botocore's answer.
            var bothSources = new (string How, EndpointParameterSources Sources)[]
            {
                ("json", EndpointParameterSources.FromModel(operation, model)),
                ("model", EndpointParameterSources.FromOperation(new ServiceModel(model, service).OperationModel(operationName))),
            };
            var builtIns = EndpointTestData.ToParameters(expected[i]!["builtins"]);
            var clientContext = EndpointTestData.ToParameters(expected[i]!["client_context"]);
            var callArgs = EndpointTestData.ToParameters(testCase["args"]);
            foreach (var (how, sources) in bothSources)
            {
                var ours = EndpointParameterBuilder.Build(
                    EndpointTestData.ProviderFor(service).Parameters, sources, callArgs, clientContext, builtIns);
                var oursJson = EndpointExpectation.ToJson(ours);
                if (!JsonNode.DeepEquals(expected[i]!["params"], oursJson))
                {
                    mismatches.Add($"{service}.{operationName} ({how}): botocore {expected[i]!["params"]!.ToJsonString()} ours {oursJson!.ToJsonString()}");
                }
            }
        }
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches));
    }

    /// <summary>Client context names turn into botocore's snake_case config keys for every service's rule set.</summary>
    [Test]
    public void Client_context_names_match_botocores_xform_name()
    {
        const string script = """
import sys, json
from botocore import xform_name
print(json.dumps({n: xform_name(n) for n in json.load(sys.stdin)}))
""";
        var names = new[]
        {
            "Accelerate", "DisableMultiRegionAccessPoints", "DisableS3ExpressSessionAuth", "ForcePathStyle",
            "UseArnRegion", "UseDualStack", "UseFIPS", "AccountIdEndpointMode", "UseGlobalEndpoint", "ARNs",
            "EndpointId", "S3ExpressBucket", "UseObjectLambdaEndpoint", "Region", "Some_Name", "DisableAccessPoints",
        };
        var expected = BotocoreOracle.Run(script, new JsonArray(names.Select(n => (JsonNode)n).ToArray())).AsObject();
        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                Assert.That(SnakeCase.Convert(name), Is.EqualTo(expected[name]!.GetValue<string>()), name);
            }
        });
    }

    private static JsonObject ReadModel(string service)
    {
        var folder = Directory.GetDirectories(Path.Combine(RepoPaths.Models, service)).Order(StringComparer.Ordinal).Last();
        return JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "service-2.json")))!.AsObject();
    }
}
