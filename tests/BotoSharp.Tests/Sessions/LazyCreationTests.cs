using BotoSharp.Clients;
using BotoSharp.Clients.Customizations;
using BotoSharp.Configuration;
using BotoSharp.Events;

namespace BotoSharp.Tests.Sessions;

/// <summary>
/// What h/perfcreate made lazy or shared at creation (the session's chains built per name, the process-wide variable
/// table, remembered trie appends) gives exactly what the eager objects gave.
/// </summary>
[TestFixture]
public class LazyCreationTests
{
    private static Dictionary<string, string> Environment(params (string Name, string Value)[] extra)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = "/nonexistent-botosharp-home",
            ["AWS_CONFIG_FILE"] = "/nonexistent-botosharp-home/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent-botosharp-home/credentials",
        };
        foreach (var (name, value) in extra)
        {
            env[name] = value;
        }
        return env;
    }

    [Test]
    public void A_chain_built_on_first_lookup_is_the_same_object_for_the_session_and_every_client_store()
    {
        var store = new Session(environment: Environment()).GetComponent<ConfigValueStore>("config_store");
        var copiedBefore = store.ShallowCopy();
        var chain = store.GetConfigProvider("region");
        Assert.That(chain, Is.InstanceOf<ChainProvider>());
        Assert.That(copiedBefore.GetConfigProvider("region"), Is.SameAs(chain));
        Assert.That(store.ShallowCopy().GetConfigProvider("region"), Is.SameAs(chain));
        Assert.That(store.GetConfigProvider("s3"), Is.InstanceOf<SectionConfigProvider>().And.SameAs(copiedBefore.GetConfigProvider("s3")));
    }

    [Test]
    public void The_lazy_store_answers_as_botocore_s_eager_mapping_name_for_name_and_in_order()
    {
        var env = Environment(("AWS_DEFAULT_REGION", "eu-west-1"), ("AWS_MAX_ATTEMPTS", "3"), ("AWS_RETRY_MODE", "standard"), ("AWS_USE_FIPS_ENDPOINT", "true"));
        var session = new Session(environment: env);
        var lazy = session.GetComponent<ConfigValueStore>("config_store");
        var eager = new ConfigValueStore(SessionVariables.CreateDefaultMapping(new ConfigChainFactory(session, env), SessionVariables.Create(env), session));
        Assert.That(lazy.LogicalNames, Is.EqualTo(eager.LogicalNames));
        foreach (var name in eager.LogicalNames)
        {
            Assert.That(lazy.GetConfigVariable(name), Is.EqualTo(eager.GetConfigVariable(name)), name);
        }
        Assert.That(lazy.GetConfigVariable("max_attempts"), Is.EqualTo(3L));
        Assert.That(lazy.GetConfigVariable("no_such_variable"), Is.Null);
    }

    [Test]
    public void A_session_variable_changed_in_one_session_leaves_the_shared_table_and_other_sessions_alone()
    {
        var env = Environment(("MY_REGION", "ap-south-1"), ("AWS_DEFAULT_REGION", "eu-west-1"));
        var changed = new Session(environment: env);
        changed.SessionVarMap["region"] = new SessionVariable("region", "MY_REGION");
        Assert.That(changed.GetConfigVariable("region"), Is.EqualTo("ap-south-1"));
        var other = new Session(environment: env);
        Assert.That(other.GetConfigVariable("region"), Is.EqualTo("eu-west-1"));
        Assert.That(other.SessionVarMap["region"].EnvVars, Is.EqualTo(new[] { "AWS_DEFAULT_REGION" }));
        Assert.That(other.SessionVarMap.Count, Is.EqualTo(SessionVariables.Create(env).Count));
    }

    [Test]
    public void Clients_with_the_same_registrations_share_one_trie_and_a_client_with_its_own_jitter_does_not()
    {
        var session = new Session(environment: Environment());
        var first = session.CreateClient("dynamodb", "us-east-1", awsAccessKeyId: "a", awsSecretAccessKey: "b");
        var second = session.CreateClient("dynamodb", "us-east-1", awsAccessKeyId: "a", awsSecretAccessKey: "b");
        Assert.That(Trie(first), Is.SameAs(Trie(second)));
        BotoEventHandler blocker = EndpointDiscoveryHandler.BlockEndpointDiscoveryRequiredOperations;
        Assert.That(first.Meta.Events.HandlersOf("before-parameter-build.dynamodb.GetItem"), Does.Contain(blocker));
        Assert.That(first.Meta.Events.HandlersOf("needs-retry.dynamodb.GetItem"), Has.Count.EqualTo(1));

        var ownJitter = new Session(environment: Environment()) { RetryRandom = () => 0.5 };
        var third = ownJitter.CreateClient("dynamodb", "us-east-1", awsAccessKeyId: "a", awsSecretAccessKey: "b");
        Assert.That(Trie(third), Is.Not.SameAs(Trie(first)));
        Assert.That(third.Meta.Events.HandlersOf("needs-retry.dynamodb.GetItem")!.Single(), Is.Not.EqualTo(first.Meta.Events.HandlersOf("needs-retry.dynamodb.GetItem")!.Single()));
    }

    [Test]
    public void Unregistering_on_a_client_sharing_a_trie_changes_only_that_client()
    {
        var session = new Session(environment: Environment());
        var first = session.CreateClient("dynamodb", "us-east-1", awsAccessKeyId: "a", awsSecretAccessKey: "b");
        var second = session.CreateClient("dynamodb", "us-east-1", awsAccessKeyId: "a", awsSecretAccessKey: "b");
        BotoEventHandler blocker = EndpointDiscoveryHandler.BlockEndpointDiscoveryRequiredOperations;
        first.Meta.Events.Unregister("before-parameter-build", blocker);
        Assert.That(first.Meta.Events.HandlersOf("before-parameter-build.dynamodb.GetItem"), Does.Not.Contain(blocker));
        Assert.That(second.Meta.Events.HandlersOf("before-parameter-build.dynamodb.GetItem"), Does.Contain(blocker));
    }

    private static EventHandlerTrie Trie(BaseClient client) => ((HierarchicalEmitter)((EventAliaser)client.Meta.Events).Emitter).Handlers;
}
