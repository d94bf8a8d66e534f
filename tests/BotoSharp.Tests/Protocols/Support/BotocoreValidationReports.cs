using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.Support;

/// <summary>
/// botocore's <c>ParamValidator</c> report for each (service, operation, parameters as JSON) case, against the
/// repository's models, all in one python run: what the validation differentials compare ours with.
/// </summary>
internal static class BotocoreValidationReports
{
    private const string Script = """
import json, sys, os
from botocore.model import ServiceModel
from botocore.validate import ParamValidator
root, cases = sys.argv[1], json.loads(sys.argv[2])
reports = []
for service, operation, params in cases:
    folder = os.path.join(root, service)
    version = sorted(os.listdir(folder))[-1]
    with open(os.path.join(folder, version, 'service-2.json')) as f:
        model = ServiceModel(json.load(f), service)
    shape = model.operation_model(operation).input_shape
    reports.append(ParamValidator().validate(json.loads(params), shape).generate_report())
print(json.dumps(reports))
""";

    /// <summary>The reports, one string per case in order (empty where botocore finds nothing wrong).</summary>
    public static JsonArray For(IEnumerable<(string Service, string Operation, string Params)> cases) =>
        (JsonArray)BotocoreOracle.Run(Script, RepoPaths.Models,
            new JsonArray(cases.Select(c => (JsonNode?)new JsonArray(c.Service, c.Operation, c.Params)).ToArray()).ToJsonString());
}
