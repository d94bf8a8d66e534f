using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Loading;

namespace BotoSharp.Tests.Loading;

/// <summary>
/// Compiled-in and embedded documents are parsed once per process and shared, while every loader (every session) still
/// gets its own mutable object over that parse, as botocore's per-loader parse gives each session its own dictionaries.
/// </summary>
[TestFixture]
public class CompiledModelParseOnceTests
{
    private const string Service = """{"metadata":{"apiVersion":"2021-01-01","endpointPrefix":"svc","protocol":"json","serviceId":"Svc"},"operations":{},"shapes":{}}""";

    private static CompiledServiceModel Counting(Func<int> onRead) => new()
    {
        ServiceName = "svc",
        ApiVersion = "2021-01-01",
        ClientType = typeof(object),
        ServiceUtf8 = () =>
        {
            onRead();
            return Encoding.UTF8.GetBytes(Service);
        },
        CreateClient = _ => throw new InvalidOperationException("not used by the loader"),
        CreateError = (_, _, _) => null,
    };

    [Test]
    public void Two_loaders_read_the_compiled_bytes_once_and_get_objects_of_their_own()
    {
        var reads = 0;
        var compiled = new[] { Counting(() => reads++) };
        var first = new Loader(Array.Empty<string>(), true, true, "/nonexistent-models", () => compiled);
        var second = new Loader(Array.Empty<string>(), true, true, "/nonexistent-models", () => compiled);

        var mine = first.LoadServiceModel("svc", "service-2");
        var theirs = second.LoadServiceModel("svc", "service-2");
        ((JsonObject)mine["metadata"]!)["signingName"] = "edited";

        Assert.That(reads, Is.EqualTo(1));
        Assert.That(theirs, Is.Not.SameAs(mine));
        Assert.That(theirs["metadata"]!["signingName"], Is.Null, "an edit through one session's loader must not reach another's");
        Assert.That(first.LoadServiceModel("svc", "service-2")["metadata"]!["signingName"]!.GetValue<string>(), Is.EqualTo("edited"),
            "a loader returns its own cached object again, edits included");
    }

    [Test]
    public void Text_registrations_still_work_and_the_text_view_of_utf8_registrations_is_the_same_document()
    {
        var compiled = Counting(() => 0);
        Assert.That(compiled.ServiceJson(), Is.EqualTo(Service));
        Assert.That(compiled.HasDocument("service-2"), Is.True);
        Assert.That(compiled.HasDocument("waiters-2"), Is.False);
        Assert.That(compiled.Document("waiters-2"), Is.Null);
        Assert.That(compiled.Document("service-2")!.Value.GetProperty("metadata").GetProperty("serviceId").GetString(), Is.EqualTo("Svc"));
    }

    [Test]
    public void Embedded_files_are_shared_parses_under_independent_nodes()
    {
        var first = EmbeddedData.Read("_retry").AsObject();
        var second = EmbeddedData.Read("_retry").AsObject();
        first["edited"] = true;
        Assert.That(second.ContainsKey("edited"), Is.False);
        Assert.That(second.ToJsonString(), Is.EqualTo(JsonNode.Parse(EmbeddedData.ReadText("_retry"))!.ToJsonString()));
    }

    [Test]
    public void Clients_of_two_sessions_share_the_rule_set_provider_of_a_compiled_and_of_an_embedded_rule_set()
    {
        foreach (var service in new[] { "dynamodb", "sts" })
        {
            var compiled = CompiledModelRegistry.Find(service);
            var one = new Session(environment: new Dictionary<string, string> { ["HOME"] = "/nonexistent-home" }).DataLoader;
            var two = new Session(environment: new Dictionary<string, string> { ["HOME"] = "/nonexistent-home" }).DataLoader;
            var version = compiled?.ApiVersion ?? one.DetermineLatestVersion(service, "service-2");
            var provider = RuleSetProviders.Find(one, service, version, compiled);
            Assert.That(provider, Is.Not.Null, service);
            Assert.That(RuleSetProviders.Find(two, service, version, compiled), Is.SameAs(provider), service);
        }
    }
}
