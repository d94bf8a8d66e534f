using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Tests.Credentials;
using BotoSharp.Tests.Integration;
using BotoSharp.Tests.Support;
using BotoSharp.Waiters;

namespace BotoSharp.Tests.Waiters;

/// <summary>
/// Waiters against a scripted local server, each scenario run by botocore and by BotoSharp on the same replies:
/// the same number of polls and the same outcome (success, or the same WaiterError text).
/// </summary>
[TestFixture]
public sealed class WaiterDifferentialTests
{
    private static readonly string s_oracle = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Waiters", "waiter_oracle.py"));

    /// <summary>Every scenario, by name.</summary>
    public static IEnumerable<TestCaseData> Scenarios() => WaiterScenario.All().Select(s => new TestCaseData(s).SetName($"scripted waiter {s.Name}"));

    /// <summary>botocore and BotoSharp poll as often and end the same way.</summary>
    [TestCaseSource(nameof(Scenarios))]
    public async Task A_scripted_waiter_polls_and_ends_as_botocore_does(WaiterScenario scenario)
    {
        int polls = 0;
        using var server = new LocalHttpServer(_ =>
        {
            var reply = scenario.Replies[Math.Min(Interlocked.Increment(ref polls) - 1, scenario.Replies.Length - 1)];
            return new Reply(reply.Status, reply.Body);
        });
        var endpoint = server.BaseUrl.TrimEnd('/');
        var theirs = Botocore.Run(s_oracle, new Dictionary<string, object?> { ["endpoint"] = endpoint, ["model"] = scenario.Model, ["name"] = scenario.Name })!.GetValue<string>();
        int theirPolls = Interlocked.Exchange(ref polls, 0);

        var client = DynamicClient.Over(MotoFixture.NewSession(RepoPaths.Models).CreateClient("dynamodb", endpointUrl: endpoint,
            config: new ClientConfig(new Dictionary<string, object?> { ["retries"] = new Dictionary<string, object?> { ["max_attempts"] = 0 } })));
        var waiter = new Waiter(scenario.Name, new WaiterModel(scenario.Model).GetWaiter(scenario.Name),
            (parameters, ct) => client.InvokeAsync("DescribeTable", parameters, ct));
        string ours;
        try
        {
            await waiter.WaitAsync(new Dictionary<string, object?> { ["TableName"] = "t" });
            ours = "success";
        }
        catch (WaiterError e)
        {
            ours = e.Message;
            Assert.That(e.LastResponse, Is.Not.Null, "a WaiterError carries the last response");
        }
        Assert.Multiple(() =>
        {
            Assert.That(ours, Is.EqualTo(theirs));
            Assert.That(polls, Is.EqualTo(theirPolls), "polls");
        });
    }
}
