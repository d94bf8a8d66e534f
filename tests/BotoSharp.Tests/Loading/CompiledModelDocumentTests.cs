using System.Globalization;
using System.Text;
using System.Text.Json;
using BotoSharp.Loading;

namespace BotoSharp.Tests.Loading;

/// <summary>
/// The service-2 a generated client embeds is botocore's own (sdk-extras merged) without its <c>documentation</c> and
/// <c>documentationUrl</c> strings, every other key kept in the same order: the call path reads nothing else, and a
/// cold process parses ~100 KB for DynamoDB instead of botocore's 440 KB.
/// </summary>
[TestFixture]
[Category("Differential")]
public class CompiledModelDocumentTests
{
    // The services this test project compiles (BotoSharp.Tests.csproj's BotoSharpService items).
    private static readonly string[] s_compiled =
    {
        "s3", "dynamodb", "sqs", "sts", "ec2", "iam", "sns", "lambda", "kinesis", "secretsmanager", "ssm", "kms",
        "cloudwatch", "s3control", "events",
    };

    // botocore's loader merges the extras; documentation strings go except where keys are names (a member, shape,
    // operation, paginator or waiter called "documentation" is kept), the rule the generator's writer follows.
    private const string Script = """
import json, sys, botocore.session
service, version = sys.argv[1], sys.argv[2]
model = botocore.session.get_session().get_component('data_loader').load_service_model(service, 'service-2', version)
NAMES = ('shapes', 'members', 'operations', 'pagination', 'waiters')
def strip(node, parent):
    if isinstance(node, dict):
        names = parent in NAMES
        return {k: strip(v, None if names else k) for k, v in node.items()
                if names or not (k in ('documentation', 'documentationUrl') and isinstance(v, str))}
    if isinstance(node, list):
        return [strip(x, None) for x in node]
    return node
print(json.dumps(strip(model, None)))
""";

    [TestCaseSource(nameof(s_compiled))]
    public void The_embedded_model_is_botocores_without_documentation_in_the_same_key_order(string service)
    {
        var compiled = CompiledModelRegistry.Find(service) ?? throw new InvalidOperationException($"{service} is not compiled here.");
        var expected = JsonDocument.Parse(Support.PythonProcess.Run(["-c", Script, service, compiled.ApiVersion])).RootElement;

        var embedded = compiled.Document("service-2")!.Value;

        Assert.That(Canonical(embedded), Is.EqualTo(Canonical(expected)));
        Assert.That(Encoding.UTF8.GetString(compiled.ServiceUtf8!()), Does.Not.Contain("\"documentation\":\""));
    }

    // Keys in order, numbers by value (Python writes 1e3 as 1000.0), strings as JSON.
    private static string Canonical(JsonElement element)
    {
        var builder = new StringBuilder();
        Write(builder, element);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                foreach (var property in element.EnumerateObject())
                {
                    builder.Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Write(builder, property.Value);
                    builder.Append(',');
                }
                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                foreach (var item in element.EnumerateArray())
                {
                    Write(builder, item);
                    builder.Append(',');
                }
                builder.Append(']');
                break;
            case JsonValueKind.Number:
                builder.Append(element.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String:
                builder.Append(JsonSerializer.Serialize(element.GetString()));
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }
}
