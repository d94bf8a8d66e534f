using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Events;
using BotoSharp.Loading;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Sessions;

/// <summary>
/// What client creation now shares or skips (the builtin rows' process-wide layout, the shallow config-store copy,
/// the untouched built-in documents) behaves as botocore's per-session and per-client objects do.
/// </summary>
[TestFixture]
public class CreationContractTests
{
    private static readonly Dictionary<string, string> s_noAwsEnvironment = new()
    {
        ["HOME"] = "/nonexistent-botosharp-home",
        ["AWS_CONFIG_FILE"] = "/nonexistent-botosharp-home/config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent-botosharp-home/credentials",
    };

    [Test]
    public void A_session_over_the_shared_layout_has_exactly_the_rows_registering_them_one_by_one_gives()
    {
        var registered = new HierarchicalEmitter();
        BuiltinHandlers.RegisterAll(new EventAliaser(registered));
        var shared = BuiltinHandlers.NewEmitterWithRows();
        foreach (var eventName in BuiltinHandlers.All.Select(r => r.EventName).Append("before-call.s3.PutObject").Append("needs-retry.dynamodb.GetItem"))
        {
            var name = new EventAliaser(registered).AliasEventName(eventName.Replace("*", "x", StringComparison.Ordinal));
            Assert.That(shared.GetHandlers(name), Is.EqualTo(registered.GetHandlers(name)), name);
        }
    }

    [Test]
    public void Unregistering_a_builtin_row_in_one_session_leaves_other_sessions_and_clients_alone()
    {
        var row = BuiltinHandlers.All.First(r => r.EventName == "before-parameter-build.s3");
        var first = new Session(environment: s_noAwsEnvironment);
        var second = new Session(environment: s_noAwsEnvironment);
        var clientEvents = first.Events.Copy();
        first.Unregister(row.EventName, row.Handler);
        Assert.That(first.Events.HandlersOf("before-parameter-build.s3.PutObject"), Does.Not.Contain(row.Handler));
        Assert.That(second.Events.HandlersOf("before-parameter-build.s3.PutObject"), Does.Contain(row.Handler));
        Assert.That(clientEvents.HandlersOf("before-parameter-build.s3.PutObject"), Does.Contain(row.Handler));
    }

    [Test]
    public void A_copied_emitter_and_its_original_register_independently()
    {
        var original = new HierarchicalEmitter();
        BotoEventHandler a = _ => "a";
        BotoEventHandler b = _ => "b";
        original.Register("x.y", a);
        var copy = original.Copy();
        copy.Register("x.y", b);
        original.RegisterFirst("x", b);
        Assert.That(original.GetHandlers("x.y"), Is.EqualTo(new[] { a, b }));
        Assert.That(copy.GetHandlers("x.y"), Is.EqualTo(new[] { a, b }));
        Assert.That(copy.GetHandlers("x"), Is.Empty);
        copy.Unregister("x.y", a);
        Assert.That(copy.GetHandlers("x.y"), Is.EqualTo(new[] { b }));
        Assert.That(original.GetHandlers("x.y"), Is.EqualTo(new[] { a, b }));
    }

    [Test]
    public void The_client_store_is_botocore_s_shallow_copy_same_providers_own_mapping_same_overrides()
    {
        var chain = new ChainProvider(new[] { new ConstantProvider("a") });
        var store = new ConfigValueStore(new Dictionary<string, ConfigProvider> { ["x"] = chain });
        store.SetConfigVariable("y", "kept");
        var copy = store.ShallowCopy();
        Assert.That(copy.GetConfigProvider("x"), Is.SameAs(chain));
        Assert.That(copy.GetConfigVariable("y"), Is.EqualTo("kept"));
        copy.SetConfigProvider("x", new ConstantProvider("b"));
        copy.SetConfigVariable("y", "changed");
        Assert.That(store.GetConfigVariable("x"), Is.EqualTo("a"));
        Assert.That(store.GetConfigVariable("y"), Is.EqualTo("kept"));
    }

    [Test]
    public void An_edit_to_the_session_s_retry_data_reaches_clients_created_after_it()
    {
        var session = new Session(environment: s_noAwsEnvironment);
        var retry = session.GetData("_retry");
        retry["retry"]!["__default__"]!["max_attempts"] = 2;
        var loader = (Loader)session.GetComponent("data_loader")!;
        Assert.That(loader.UntouchedBuiltinDocument("_retry"), Is.Null, "handed out: the loader's own object is used");
        Assert.That(new Session(environment: s_noAwsEnvironment).GetComponent<Loader>("data_loader").UntouchedBuiltinDocument("_retry"), Is.Not.Null);
    }

    [Test]
    public void Endpoint_discovery_traits_from_the_shared_parse_equal_the_model_s_own()
    {
        foreach (var service in new[] { "sts", "sso" })
        {
            var loader = new Session(environment: s_noAwsEnvironment).GetComponent<Loader>("data_loader");
            var untouched = loader.UntouchedServiceModel(service, "service-2", null);
            Assert.That(untouched, Is.Not.Null, service);
            var fromParse = global::BotoSharp.Models.EndpointDiscoveryTraits.Read(untouched!.Value.Document);
            var model = new global::BotoSharp.Models.ServiceModel(loader.LoadServiceModel(service, "service-2"), service);
            Assert.That(fromParse, Is.EqualTo((model.EndpointDiscoveryOperation?.Name, model.EndpointDiscoveryRequired)), service);
        }
    }

    [Test]
    public void Clients_of_untouched_built_in_models_share_one_model_across_sessions()
    {
        using var first = new Session(environment: s_noAwsEnvironment).CreateClient("sts", "us-east-1");
        using var second = new Session(environment: s_noAwsEnvironment).CreateClient("sts", "eu-west-1");
        Assert.That(second.Meta.ServiceModel, Is.SameAs(first.Meta.ServiceModel));
        Assert.That(first.Meta.ServiceModel.OperationModel("GetCallerIdentity"), Is.SameAs(second.Meta.ServiceModel.OperationModel("GetCallerIdentity")));
    }

    [Test]
    public void A_session_that_handed_out_its_model_object_gives_its_clients_that_object_with_its_edits()
    {
        var session = new Session(environment: s_noAwsEnvironment);
        var data = session.GetData("sts/2011-06-15/service-2");
        data["operations"]!["GetCallerIdentity"]!["http"]!["requestUri"] = "/edited";
        var loader = session.GetComponent<Loader>("data_loader");
        Assert.That(loader.UntouchedServiceModel("sts", "service-2", null), Is.Null);
        using var edited = session.CreateClient("sts", "us-east-1");
        using var plain = new Session(environment: s_noAwsEnvironment).CreateClient("sts", "us-east-1");
        Assert.That(edited.Meta.ServiceModel, Is.Not.SameAs(plain.Meta.ServiceModel));
        Assert.That(edited.Meta.ServiceModel.OperationModel("GetCallerIdentity").RequestUri, Is.EqualTo("/edited"));
        Assert.That(plain.Meta.ServiceModel.OperationModel("GetCallerIdentity").RequestUri, Is.EqualTo("/"));
    }

    [Test]
    public void A_model_on_a_data_path_is_never_the_shared_built_in_one()
    {
        var root = Directory.CreateTempSubdirectory("botosharp-datapath-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, "sts", "2011-06-15")).FullName;
            var builtin = new Session(environment: s_noAwsEnvironment).GetData("sts/2011-06-15/service-2");
            builtin["metadata"]!["serviceFullName"] = "from the data path";
            File.WriteAllText(Path.Combine(folder, "service-2.json"), builtin.ToJsonString());
            var env = new Dictionary<string, string>(s_noAwsEnvironment) { ["AWS_DATA_PATH"] = root };
            using var client = new Session(environment: env).CreateClient("sts", "us-east-1");
            Assert.That(client.Meta.ServiceModel.Metadata["serviceFullName"]!.GetValue<string>(), Is.EqualTo("from the data path"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void A_value_read_without_its_chain_equals_the_built_chain_s_and_the_built_chain_answers_from_then_on()
    {
        var home = Directory.CreateTempSubdirectory("botosharp-reads-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(home, "config"), "[profile p]\nregion = eu-west-2\nretry_mode = adaptive\ns3 =\n    addressing_style = path\n");
            var env = new Dictionary<string, string>(s_noAwsEnvironment)
            {
                ["AWS_CONFIG_FILE"] = Path.Combine(home, "config"),
                ["AWS_PROFILE"] = "p",
                ["AWS_MAX_ATTEMPTS"] = "4",
                ["AWS_S3_USE_ARN_REGION"] = "true",
            };
            var read = new Session(environment: env);
            read.SetConfigVariable("use_fips_endpoint", "true");
            var built = new Session(environment: env);
            built.SetConfigVariable("use_fips_endpoint", "true");
            var store = built.GetComponent<ConfigValueStore>("config_store");
            foreach (var name in store.LogicalNames.ToList())
            {
                Assert.That(Botocore.ToJson(read.GetConfigVariable(name)), Is.EqualTo(Botocore.ToJson(store.GetConfigProvider(name)!.Provide())), name);
            }
            var chain = (ChainProvider)read.GetComponent<ConfigValueStore>("config_store").GetConfigProvider("defaults_mode")!;
            chain.SetDefaultProvider(new ConstantProvider("standard"));
            Assert.That(read.GetConfigVariable("defaults_mode"), Is.EqualTo("standard"), "once built, the chain (edited) answers");
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Test]
    public void A_search_folder_created_after_a_loader_looked_is_seen_by_the_next_session_s_loader()
    {
        var home = Directory.CreateTempSubdirectory("botosharp-home-").FullName;
        try
        {
            var env = new Dictionary<string, string>(s_noAwsEnvironment) { ["HOME"] = home };
            var earlier = new Session(environment: env).GetComponent<Loader>("data_loader");
            Assert.That(earlier.UntouchedServiceModel("sts", "service-2", null), Is.Not.Null, "no ~/.aws/models yet");
            var builtin = new Session(environment: env).GetData("sts/2011-06-15/service-2");
            var folder = Directory.CreateDirectory(Path.Combine(home, ".aws", "models", "sts", "2011-06-15")).FullName;
            File.WriteAllText(Path.Combine(folder, "service-2.json"), builtin.ToJsonString());
            Assert.That(new Session(environment: env).GetComponent<Loader>("data_loader").UntouchedServiceModel("sts", "service-2", null), Is.Null,
                "a new session's loader finds the model on disk");
            Assert.That(earlier.UntouchedServiceModel("sts", "service-2", null), Is.Not.Null, "the earlier loader remembered the folder absent");
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Test]
    public void A_session_without_config_files_is_created_without_any_exception()
    {
        var thrown = 0;
        var thread = Environment.CurrentManagedThreadId;
        // Only this thread's exceptions: other tests may run at the same time.
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                Interlocked.Increment(ref thrown);
            }
        }
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            var session = new Session(environment: s_noAwsEnvironment);
            _ = session.FullConfig;
            _ = session.GetScopedConfig();
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }
        Assert.That(thrown, Is.Zero);
    }
}
