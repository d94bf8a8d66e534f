using System.Text.Json.Nodes;
using BotoSharp.Endpoints.Legacy;
using BotoSharp.Loading;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Endpoints;

/// <summary>
/// The runtime embeds endpoints.json sliced by service (models/endpoints.by-service.jsonl, written by
/// build/update-models.py): the slices must give back exactly the file botocore ships beside them.
/// </summary>
[TestFixture]
public class EndpointSlicesTests
{
    private static readonly Lazy<JsonObject> s_original = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Models, "endpoints.json")))!.AsObject());

    private const string Regenerate = "models/endpoints.by-service.jsonl is stale: run python3 build/update-models.py";

    [Test]
    public void The_rebuilt_document_is_endpoints_json_with_its_keys_in_the_same_order()
    {
        var rebuilt = JsonNode.Parse(EndpointSlices.WholeDocument())!;

        // Serialized text compares key order too, which DeepEquals would not.
        Assert.That(rebuilt.ToJsonString(), Is.EqualTo(s_original.Value.ToJsonString()), Regenerate);
    }

    [Test]
    public void The_loader_s_endpoints_data_is_the_whole_file()
    {
        var loaded = new Loader().LoadData("endpoints");

        Assert.That(loaded.ToJsonString(), Is.EqualTo(s_original.Value.ToJsonString()));
    }

    [Test]
    public void Each_service_s_slice_is_the_file_with_only_that_service_in_each_partition()
    {
        var names = s_original.Value["partitions"]!.AsArray()
            .SelectMany(p => p!["services"]!.AsObject().Select(s => s.Key))
            .Distinct()
            .ToList();
        Assert.That(names, Has.Count.GreaterThan(300), "endpoints.json lists every service");
        foreach (var name in names.Append("no-such-service"))
        {
            var expected = s_original.Value.DeepClone().AsObject();
            foreach (var partition in expected["partitions"]!.AsArray())
            {
                var services = partition!["services"]!.AsObject();
                foreach (var other in services.Select(s => s.Key).Where(k => k != name).ToList())
                {
                    services.Remove(other);
                }
            }

            Assert.That(EndpointSlices.ForService(name).ToJsonString(), Is.EqualTo(expected.ToJsonString()), $"{name}: {Regenerate}");
        }
    }

    [Test]
    public void A_service_name_matches_a_whole_line_name_only()
    {
        // "s3" must not find the line of "s3-control" or "s3control", nor "dynamo" the line of "dynamodb".
        var partial = EndpointSlices.ForService("dynamo");

        Assert.That(partial["partitions"]!.AsArray().All(p => p!["services"]!.AsObject().Count == 0), Is.True);
        Assert.That(EndpointSlices.ForService("s3")["partitions"]![0]!["services"]!.AsObject().Select(s => s.Key), Is.EqualTo(new[] { "s3" }));
    }
}
