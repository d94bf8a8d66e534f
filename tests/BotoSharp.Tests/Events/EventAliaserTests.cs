using System.Text.Json;
using BotoSharp.Events;
using BotoSharp.Tests.Loading;

namespace BotoSharp.Tests.Events;

/// <summary>Every alias table entry, and the matching rules around it, against botocore's <c>EventAliaser</c>.</summary>
[TestFixture]
public class EventAliaserTests
{
    private static readonly string[] s_extraNames =
    {
        "before-call.s3.PutObject", "logs", "before-call.logs.logs", "a.xapi.pricing.logs", "a.api.pricingx.logs",
        "before-call.data.jobs.iot.Op", "before-call.jobs.iot", "x.streams.dynamodb", "creating-client-class.elb",
        "config.events", "before-call.cloudwatch-events.PutRule", "", "...", "before-call.metering.marketplace",
    };

    private static readonly Lazy<Dictionary<string, string>> s_botocore = new(() =>
    {
        var script = """
import sys, json
from botocore.hooks import HierarchicalEmitter, EventAliaser
a = EventAliaser(HierarchicalEmitter())
names = json.load(sys.stdin)
print(json.dumps({n: a._alias_event_name(n) for n in names}))
""";
        return JsonSerializer.Deserialize<Dictionary<string, string>>(PythonOracle.Run(script, JsonSerializer.Serialize(AllNames())))!;
    });

    private static IEnumerable<string> AllNames() =>
        EventAliases.Default.SelectMany(e => new[] { $"before-call.{e.OldPart}.Op", $"service-data-loaded.{e.OldPart}", e.OldPart })
            .Concat(s_extraNames)
            .Distinct();

    private static IEnumerable<TestCaseData> Names() =>
        AllNames().Select(n => new TestCaseData(n).SetName($"The alias of '{n}' is botocore's"));

    [TestCaseSource(nameof(Names))]
    public void An_event_name_is_aliased_as_botocore_aliases_it(string eventName)
    {
        var aliaser = new EventAliaser(new HierarchicalEmitter());
        Assert.That(aliaser.AliasEventName(eventName), Is.EqualTo(s_botocore.Value[eventName]));
    }

    [Test]
    public void The_alias_table_has_botocore_s_65_entries_in_order()
    {
        var script = "from botocore.utils import EVENT_ALIASES; import json; print(json.dumps(list(EVENT_ALIASES.items())))";
        var expected = JsonSerializer.Deserialize<string[][]>(PythonOracle.Run(script))!;
        Assert.That(EventAliases.Default.Select(e => new[] { e.OldPart, e.NewPart }), Is.EqualTo(expected));
    }

    [Test]
    public void A_custom_table_replaces_the_default_one()
    {
        var aliaser = new EventAliaser(new HierarchicalEmitter(), new[] { ("old", "new") });
        Assert.That(aliaser.AliasEventName("before-call.old.Op"), Is.EqualTo("before-call.new.Op"));
        Assert.That(aliaser.AliasEventName("before-call.apigateway"), Is.EqualTo("before-call.apigateway"));
    }

    [Test]
    public void A_handler_registered_under_an_old_name_fires_for_the_new_name_through_the_wrapped_emitter()
    {
        var emitter = new HierarchicalEmitter();
        var aliaser = new EventAliaser(emitter);
        aliaser.Register("before-call.elbv2", _ => "hit");
        Assert.That(emitter.EmitUntilResponse("before-call.elastic-load-balancing-v2.Op").Response, Is.EqualTo("hit"));
        Assert.That(emitter.Emit("before-call.elbv2.Op"), Is.Empty);
    }
}
