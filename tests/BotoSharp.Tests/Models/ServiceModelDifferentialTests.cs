using System.Text.Json.Nodes;
using BotoSharp.Models;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Models;

/// <summary>
/// Builds every bundled model with botocore's <c>ServiceModel</c> and ours and compares what each reports: service
/// metadata, the resolved protocol, error codes, and per operation the HTTP binding, shapes, traits and flags.
/// </summary>
[TestFixture]
public sealed class ServiceModelDifferentialTests
{
    private const string Script = """
import json, sys, os
from botocore.model import ServiceModel
root = sys.argv[1]
out = {}
for service in sorted(os.listdir(root)):
    folder = os.path.join(root, service)
    if not os.path.isdir(folder) or service == 'archive':
        continue
    version = sorted(os.listdir(folder))[-1]
    with open(os.path.join(folder, version, 'service-2.json')) as f:
        m = ServiceModel(json.load(f), service)
    ops = {}
    for name in m.operation_names:
        o = m.operation_model(name)
        ops[name] = {
            'method': o.http.get('method', 'POST'), 'uri': o.http.get('requestUri', '/'),
            'input': o.input_shape.name if o.input_shape else None,
            'output': o.output_shape.name if o.output_shape else None,
            'errors': [e.name for e in o.error_shapes],
            'streamIn': o.has_streaming_input, 'streamOut': o.has_streaming_output,
            'eventIn': o.has_event_stream_input, 'eventOut': o.has_event_stream_output,
            'auth': o.auth, 'authtype': o.auth_type, 'deprecated': bool(o.deprecated),
            'hostPrefix': (o.endpoint or {}).get('hostPrefix'),
            'idempotent': o.idempotent_members,
            'context': [[p.name, p.member_name] for p in o.context_parameters],
            'static': [[p.name, p.value] for p in o.static_context_parameters],
            'operationContext': sorted(o.operation_context_parameters.keys()) if o.operation_context_parameters else [],
            'checksumRequired': bool(o.http_checksum_required),
            'inputMembers': list(o.input_shape.members) if o.input_shape else [],
            'required': list(o.input_shape.required_members) if o.input_shape else [],
        }
    out[service] = {
        'protocol': m.resolved_protocol, 'signingName': m.signing_name, 'endpointPrefix': m.endpoint_prefix,
        'serviceId': m.service_id, 'apiVersion': m.api_version, 'queryCompatible': m.is_query_compatible,
        'shapeCount': len(m.shape_names), 'errorCodes': sorted(s.error_code for s in m.error_shapes),
        'clientContext': [[p.name, p.type] for p in m.client_context_parameters],
        'operations': ops,
    }
print(json.dumps(out))
""";

    private static readonly Lazy<JsonObject> s_expected = new(() => (JsonObject)BotocoreOracle.Run(Script, RepoPaths.Models));

    /// <summary>The bundled service folders (the zips of <c>models/archive</c> are not botocore folders).</summary>
    public static IEnumerable<TestCaseData> Services() => Directory.GetDirectories(RepoPaths.Models)
        .Select(Path.GetFileName).Where(s => s != "archive").Order(StringComparer.Ordinal)
        .Select(s => new TestCaseData(s).SetName($"model of {s} matches botocore's"));

    [TestCaseSource(nameof(Services))]
    public void ReportsWhatBotocoreReports(string service)
    {
        var folder = Path.Combine(RepoPaths.Models, service);
        var version = Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Last()!;
        var model = ServiceModel.FromJson(File.ReadAllText(Path.Combine(folder, version, "service-2.json")), service);
        var expected = (JsonObject)s_expected.Value[service]!;

        var actual = new JsonObject
        {
            ["protocol"] = model.ResolvedProtocol,
            ["signingName"] = model.SigningName,
            ["endpointPrefix"] = model.EndpointPrefix,
            ["serviceId"] = model.ServiceId,
            ["apiVersion"] = model.ApiVersion,
            ["queryCompatible"] = model.IsQueryCompatible,
            ["shapeCount"] = model.ShapeNames.Count,
            ["errorCodes"] = new JsonArray(model.ErrorShapes.Select(s => (JsonNode?)s.ErrorCode).OrderBy(c => (string?)c, StringComparer.Ordinal).ToArray()),
            ["clientContext"] = new JsonArray(model.ClientContextParameters.Select(p => (JsonNode?)new JsonArray(p.Name, p.Type)).ToArray()),
            ["operations"] = Operations(model),
        };
        foreach (var (key, value) in expected)
        {
            Assert.That(actual[key]?.ToJsonString(), Is.EqualTo(value?.ToJsonString()), $"{service}: {key}");
        }
    }

    private static JsonObject Operations(ServiceModel model)
    {
        var ops = new JsonObject();
        foreach (var name in model.OperationNames)
        {
            var o = model.OperationModel(name);
            ops[name] = new JsonObject
            {
                ["method"] = o.HttpMethod,
                ["uri"] = o.RequestUri,
                ["input"] = o.InputShape?.Name,
                ["output"] = o.OutputShape?.Name,
                ["errors"] = Strings(o.ErrorShapes.Select(e => e.Name)),
                ["streamIn"] = o.HasStreamingInput,
                ["streamOut"] = o.HasStreamingOutput,
                ["eventIn"] = o.HasEventStreamInput,
                ["eventOut"] = o.HasEventStreamOutput,
                ["auth"] = o.Auth is null ? null : Strings(o.Auth),
                ["authtype"] = o.AuthType,
                ["deprecated"] = o.Deprecated,
                ["hostPrefix"] = o.HostPrefix,
                ["idempotent"] = Strings(o.IdempotentMembers),
                ["context"] = new JsonArray(o.ContextParameters.Select(p => (JsonNode?)new JsonArray(p.Name, p.MemberName)).ToArray()),
                ["static"] = new JsonArray(o.StaticContextParameters.Select(p => (JsonNode?)new JsonArray(p.Name, JsonValue.Create(p.Value as bool?) ?? (JsonNode?)JsonValue.Create(p.Value as string))).ToArray()),
                ["operationContext"] = Strings(o.OperationContextParameters.Select(p => p.Name).Order(StringComparer.Ordinal)),
                ["checksumRequired"] = o.HttpChecksumRequired,
                ["inputMembers"] = Strings(o.InputShape?.Members.Keys ?? Enumerable.Empty<string>()),
                ["required"] = Strings(o.InputShape?.RequiredMembers ?? Array.Empty<string>()),
            };
        }
        return ops;
    }

    private static JsonArray Strings(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)i).ToArray());
}
