using System.Text.Json;
using System.Text.Json.Nodes;
using BotoSharp.Endpoints.Legacy;
using BotoSharp.Errors;
using BotoSharp.Loading;
using BotoSharp.Tests.Loading;

namespace BotoSharp.Tests.Partitions;

/// <summary>Partition and region queries over the embedded endpoints.json, compared with botocore's session.</summary>
[TestFixture]
public class LegacyPartitionsTests
{
    private static readonly string[] s_regions =
    {
        "us-east-1", "eu-west-3", "cn-north-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1", "eu-isoe-west-1",
        "us-isof-south-1", "eusc-de-east-1", "mx-central-1", "ap-southeast-7", "us-west-99", "cn-nowhere-9",
        "us-gov-mars-2", "aws-global", "us-east-1-fips", "fips-us-gov-west-1", "moon-base-1", "", "US-EAST-1",
    };

    private static readonly Lazy<LegacyPartitions> s_partitions = new(() => new LegacyPartitions(new Loader().LoadData("endpoints")));

    private static readonly Lazy<JsonObject> s_botocore = new(() => JsonNode.Parse(PythonOracle.Run("""
import json, botocore.session
from botocore.exceptions import UnknownRegionError
s = botocore.session.get_session()
def part(r):
    try: return s.get_partition_for_region(r)
    except UnknownRegionError as e: return 'UnknownRegionError: ' + str(e)
print(json.dumps({'partitions': s.get_available_partitions(), 'regions': {r: part(r) for r in json.loads(__import__('sys').stdin.read())}}))
""", JsonSerializer.Serialize(s_regions)))!.AsObject());

    private static IEnumerable<TestCaseData> Regions() =>
        s_regions.Select(r => new TestCaseData(r).SetName($"The partition of region '{r}' is botocore's"));

    [Test]
    [Category("Differential")]
    public void The_available_partitions_are_botocore_s_in_file_order()
    {
        Assert.That(s_partitions.Value.GetAvailablePartitions(), Is.EqualTo(s_botocore.Value["partitions"]!.AsArray().Select(p => (string)p!)));
    }

    [TestCaseSource(nameof(Regions))]
    [Category("Differential")]
    public void A_region_maps_to_botocore_s_partition(string region)
    {
        var expected = (string)s_botocore.Value["regions"]![region]!;
        string actual;
        try
        {
            actual = s_partitions.Value.GetPartitionForRegion(region);
        }
        catch (UnknownRegionError e)
        {
            actual = "UnknownRegionError: " + e.Message;
        }
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Endpoints_data_without_partitions_is_an_invalid_config_error()
    {
        Assert.Throws<InvalidConfigError>(() => new LegacyPartitions(new JsonObject()));
    }

    [Test]
    public void Regional_filtering_uses_the_partition_region_list_and_keeps_file_order()
    {
        var data = JsonNode.Parse("""
            {"partitions":[{"partition":"p","regions":{"r-1":{},"r-2":{}},
              "services":{"svc":{"endpoints":{"r-2":{},"global":{},"r-1":{}}}}}]}
            """)!.AsObject();
        var partitions = new LegacyPartitions(data);
        Assert.That(partitions.GetAvailableEndpoints("svc", "p"), Is.EqualTo(new[] { "r-2", "r-1" }));
        Assert.That(partitions.GetAvailableEndpoints("svc", "p", allowNonRegional: true), Is.EqualTo(new[] { "r-2", "global", "r-1" }));
        Assert.That(partitions.GetAvailableEndpoints("svc", "other"), Is.Empty);
        Assert.That(partitions.GetAvailableEndpoints("nope", "p"), Is.Empty);
    }
}
