using System.Text.Json;
using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Loading;
using BotoSharp.Models;

namespace BotoSharp.Tests.Loading;

/// <summary>WaiterModel and PaginatorModel over botocore's data and over hand-written documents.</summary>
[TestFixture]
public class WaiterAndPaginatorModelTests
{
    private static readonly Lazy<Loader> s_loader = new(() => new Loader(new[] { PythonOracle.BotocoreDataPath }, includeDefaultSearchPaths: false));

    [TestCase("dynamodb")]
    [TestCase("ec2")]
    [TestCase("s3")]
    [Category("Differential")]
    public void Waiter_names_configs_and_acceptor_explanations_match_botocore(string service)
    {
        var script = $$"""
import json, botocore.session
m = botocore.session.get_session().get_waiter_model('{{service}}')
out = {}
for n in m.waiter_names:
    w = m.get_waiter(n)
    out[n] = [w.operation, w.delay, w.max_attempts, w.description, [[a.state, a.matcher, a.argument, a.explanation] for a in w.acceptors]]
print(json.dumps({'names': m.waiter_names, 'waiters': out}))
""";
        var expected = JsonNode.Parse(PythonOracle.Run(script))!;
        var model = new WaiterModel(s_loader.Value.LoadServiceModel(service, "waiters-2"));
        Assert.That(model.WaiterNames, Is.EqualTo(expected["names"]!.AsArray().Select(n => (string)n!)));
        foreach (var name in model.WaiterNames)
        {
            var waiter = model.GetWaiter(name);
            var e = expected["waiters"]![name]!.AsArray();
            Assert.That(waiter.Operation, Is.EqualTo((string)e[0]!));
            Assert.That(waiter.Delay, Is.EqualTo((double)e[1]!));
            Assert.That(waiter.MaxAttempts, Is.EqualTo((int)e[2]!));
            Assert.That(waiter.Description, Is.EqualTo((string)e[3]!));
            var acceptors = waiter.Acceptors.Select(a => new[] { a.State, a.Matcher, a.Argument, a.Explanation });
            Assert.That(acceptors, Is.EqualTo(e[4]!.AsArray().Select(a => a!.AsArray().Select(x => (string?)x).ToArray())), name);
        }
    }

    [Test]
    public void A_waiter_document_of_another_version_is_a_waiter_config_error()
    {
        var error = Assert.Throws<WaiterConfigError>(() => new WaiterModel(JsonNode.Parse("""{"version":1,"waiters":{}}""")!.AsObject()));
        Assert.That(error!.Message, Does.Contain("supported version must be: 2, but version of waiter config is: 1"));
    }

    [Test]
    public void An_unknown_waiter_name_is_an_argument_error()
    {
        var model = new WaiterModel(JsonNode.Parse("""{"version":2,"waiters":{}}""")!.AsObject());
        Assert.That(() => model.GetWaiter("Nope"), Throws.ArgumentException.With.Message.StartWith("Waiter does not exist: Nope"));
    }

    [Test]
    public void An_unknown_matcher_is_a_waiter_config_error_when_acceptors_are_read()
    {
        var model = new WaiterModel(JsonNode.Parse(
            """{"version":2,"waiters":{"W":{"operation":"Op","delay":5,"maxAttempts":3,"acceptors":[{"state":"success","matcher":"magic","expected":1}]}}}""")!.AsObject());
        var waiter = model.GetWaiter("W");
        var error = Assert.Throws<WaiterConfigError>(() => _ = waiter.Acceptors);
        Assert.That(error!.Message, Does.Contain("Unknown acceptor: magic"));
    }

    [Test]
    [Category("Differential")]
    public void Paginator_configs_match_botocore_for_s3()
    {
        var expected = JsonNode.Parse(PythonOracle.Run(
            "import json, botocore.session; m = botocore.session.get_session().get_paginator_model('s3'); print(json.dumps(m._paginator_config))"))!.AsObject();
        var model = new PaginatorModel(s_loader.Value.LoadServiceModel("s3", "paginators-1"));
        Assert.That(model.OperationNames, Is.EqualTo(expected.Select(p => p.Key)));
        foreach (var (operation, config) in expected)
        {
            Assert.That(JsonNode.DeepEquals(model.GetPaginator(operation), config), Is.True, operation);
        }
    }

    [Test]
    public void An_operation_without_a_paginator_is_an_argument_error()
    {
        var model = new PaginatorModel(JsonNode.Parse("""{"pagination":{}}""")!.AsObject());
        Assert.That(() => model.GetPaginator("ListThings"), Throws.ArgumentException.With.Message.StartWith("Paginator for operation does not exist: ListThings"));
    }
}
