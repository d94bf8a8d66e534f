using System.Globalization;
using BotoSharp.Models;

namespace BotoSharp.Tests.Differential.Randomized;

/// <summary>
/// Chooses the randomized cases: every service botocore ships in turn (so a run of at least that many cases covers
/// all of them), a random operation of it, a region from every partition, and now and then a custom endpoint URL.
/// The seed and count come from <c>BOTOSHARP_REQDIFF_SEED</c> and <c>BOTOSHARP_REQDIFF_COUNT</c>.
/// </summary>
internal static class RandomRequestPlan
{
    /// <summary>The default number of cases per run.</summary>
    public const int DefaultCount = 5000;

    private static readonly string[] s_regions =
        { "us-east-1", "us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2", "eu-central-1", "cn-north-1", "us-gov-west-1", "sa-east-1" };

    private static readonly string[] s_endpoints =
        { "https://custom.example.com", "https://custom.example.com/base/", "http://127.0.0.1:8000" };

    /// <summary>The run's seed: the environment variable, else a fixed default.</summary>
    public static int Seed => ReadInt("BOTOSHARP_REQDIFF_SEED", 20260102);

    /// <summary>The run's case count: the environment variable, else <see cref="DefaultCount"/>.</summary>
    public static int Count => ReadInt("BOTOSHARP_REQDIFF_COUNT", DefaultCount);

    /// <summary>
    /// <paramref name="count"/> cases drawn with <paramref name="seed"/> over <paramref name="services"/>; operations
    /// with event-stream input are left out (neither SDK sends them through this path), and so are operations that
    /// require endpoint discovery: their first request is the discovery call, which this harness answers with an
    /// empty body (Differential/Discovery compares discovery itself against botocore).
    /// </summary>
    public static List<RandomRequestCase> Cases(int seed, int count, IReadOnlyList<string> services, Func<string, ServiceModel> model)
    {
        var random = new Random(seed);
        var cases = new List<RandomRequestCase>(count);
        var offset = random.Next(services.Count);
        // One region and endpoint per service and run: a client costs botocore ~40 ms, a call ~2 ms.
        var placement = services.ToDictionary(s => s, _ => (
            Region: s_regions[random.Next(s_regions.Length)],
            Endpoint: random.Next(10) == 0 ? s_endpoints[random.Next(s_endpoints.Length)] : null));
        for (var i = 0; i < count; i++)
        {
            var service = services[(i + offset) % services.Count];
            var serviceModel = model(service);
            var operations = serviceModel.OperationNames
                .Where(o => !serviceModel.OperationModel(o).HasEventStreamInput && !RequiresEndpointDiscovery(serviceModel.OperationModel(o)))
                .ToList();
            if (operations.Count == 0)
            {
                continue;
            }
            var operation = operations[random.Next(operations.Count)];
            var (region, endpoint) = placement[service];
            cases.Add(new RandomRequestCase(i, service, operation, region, endpoint, random.Next(), random.Next(2) == 0));
        }
        return cases;
    }

    private static bool RequiresEndpointDiscovery(OperationModel operation) =>
        operation.EndpointDiscovery?["required"]?.GetValue<bool>() == true;

    private static int ReadInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
