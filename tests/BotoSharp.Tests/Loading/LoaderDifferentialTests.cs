using System.Text.Json;
using BotoSharp.Loading;

namespace BotoSharp.Tests.Loading;

/// <summary>The loader pointed at botocore's installed <c>data/</c> folder agrees with botocore's own loader.</summary>
[TestFixture]
[Category("Differential")]
public class LoaderDifferentialTests
{
    private static readonly Lazy<Loader> s_loader = new(() => new Loader(new[] { PythonOracle.BotocoreDataPath }, includeDefaultSearchPaths: false));

    [Test]
    public void The_loader_lists_the_same_424_services_as_botocore()
    {
        var expected = JsonSerializer.Deserialize<string[]>(PythonOracle.Run(
            "import json, botocore.session; print(json.dumps(botocore.session.get_session().get_available_services()))"))!;
        Assert.That(expected, Has.Length.EqualTo(424));
        Assert.That(s_loader.Value.ListAvailableServices("service-2"), Is.EqualTo(expected));
    }

    [TestCase("s3")]
    [TestCase("ec2")]
    [TestCase("dynamodb")]
    [TestCase("sqs")]
    [TestCase("lambda")]
    [TestCase("kinesis")]
    [TestCase("sts")]
    [TestCase("batch")]
    public void The_loader_reads_the_same_operations_versions_and_extras_merged_metadata_as_botocore(string service)
    {
        var script = $$"""
import json, botocore.session
s = botocore.session.get_session()
l = s.get_component('data_loader')
m = l.load_service_model('{{service}}', 'service-2')
print(json.dumps({'ops': list(m['operations']), 'versions': l.list_api_versions('{{service}}', 'service-2'),
  'metadata': m['metadata'], 'paginators': list(l.load_service_model('{{service}}', 'paginators-1')['pagination'])}))
""";
        var expected = JsonDocument.Parse(PythonOracle.Run(script)).RootElement;
        var model = s_loader.Value.LoadServiceModel(service, "service-2");
        Assert.That(model["operations"]!.AsObject().Select(p => p.Key), Is.EqualTo(expected.GetProperty("ops").EnumerateArray().Select(e => e.GetString())));
        Assert.That(s_loader.Value.ListApiVersions(service, "service-2"), Is.EqualTo(expected.GetProperty("versions").EnumerateArray().Select(e => e.GetString())));
        Assert.That(JsonSerializer.Serialize(JsonDocument.Parse(model["metadata"]!.ToJsonString()).RootElement),
            Is.EqualTo(JsonSerializer.Serialize(expected.GetProperty("metadata"))));
        Assert.That(s_loader.Value.LoadServiceModel(service, "paginators-1")["pagination"]!.AsObject().Select(p => p.Key),
            Is.EqualTo(expected.GetProperty("paginators").EnumerateArray().Select(e => e.GetString())));
    }
}
