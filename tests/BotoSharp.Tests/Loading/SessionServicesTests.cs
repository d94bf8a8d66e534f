using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Events;
using BotoSharp.Loading;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Loading;

/// <summary>The session's service-discovery members over an explicit environment whose data path is botocore's data folder.</summary>
[TestFixture]
public class SessionServicesTests
{
    private static readonly string s_home = Path.Combine(Path.GetTempPath(), "botosharp-no-home");

    private static Dictionary<string, string> Environment(string dataPath) => new() { ["HOME"] = s_home, ["AWS_DATA_PATH"] = dataPath };

    private static Session BotocoreDataSession() => new(environment: Environment(PythonOracle.BotocoreDataPath));

    [Test]
    [Category("Differential")]
    public void Get_available_services_matches_botocore_with_the_same_data_path()
    {
        var expected = Botocore.Run("import botocore.session; emit(botocore.session.get_session().get_available_services())",
            environment: Environment(PythonOracle.BotocoreDataPath))!.AsArray().Select(n => (string)n!).ToList();
        Assert.That(expected, Has.Count.EqualTo(424));
        Assert.That(BotocoreDataSession().GetAvailableServices(), Is.EqualTo(expected));
    }

    [Test]
    public void The_data_loader_component_is_built_lazily_from_the_data_path_setting()
    {
        var session = new Session(environment: new Dictionary<string, string> { ["HOME"] = s_home, ["AWS_DATA_PATH"] = "/a" + Path.PathSeparator + "$HOME/b" });
        var loader = session.GetComponent<Loader>("data_loader");
        Assert.That(loader.SearchPaths, Is.EqualTo(new[] { "/a", s_home + "/b", Path.Combine(s_home, ".aws", "models") }));
        Assert.That(session.GetComponent("data_loader"), Is.SameAs(loader));
    }

    [Test]
    public void Get_service_data_fires_service_data_loaded_under_the_aliased_name_and_handler_edits_persist()
    {
        var session = BotocoreDataSession();
        IDictionary<string, object?>? seen = null;
        session.Register("service-data-loaded.api-gateway", kw =>
        {
            seen = kw;
            ((JsonObject)kw["service_data"]!)["edited"] = true;
            return null;
        });
        var data = session.GetServiceData("apigateway");
        Assert.That(seen!["event_name"], Is.EqualTo("service-data-loaded.api-gateway"));
        Assert.That(seen["service_name"], Is.EqualTo("apigateway"));
        Assert.That(seen["session"], Is.SameAs(session));
        Assert.That(seen["service_data"], Is.SameAs(data));
        Assert.That((bool?)session.GetData($"apigateway/{(string)data["metadata"]!["apiVersion"]!}/service-2")["edited"], Is.True);
    }

    [Test]
    public void Get_service_model_names_the_model_after_the_requested_service()
    {
        var model = BotocoreDataSession().GetServiceModel("elb");
        Assert.That(model.ServiceName, Is.EqualTo("elb"));
        Assert.That(model.EndpointPrefix, Is.EqualTo("elasticloadbalancing"));
    }

    [Test]
    [Category("Differential")]
    public void A_service_without_waiters_is_an_unknown_service_error_with_botocore_s_message()
    {
        var env = Environment(PythonOracle.BotocoreDataPath);
        var expected = (string)Botocore.Run("""
import botocore.session
try:
    botocore.session.get_session().get_waiter_model('sts')
except Exception as e:
    emit(type(e).__name__ + ': ' + str(e))
""", environment: env)!;
        var error = Assert.Throws<UnknownServiceError>(() => new Session(environment: env).GetWaiterModel("sts"));
        Assert.That("UnknownServiceError: " + error!.Message, Is.EqualTo(expected));
    }

    [Test]
    public void Waiter_and_paginator_models_come_from_the_data_path()
    {
        var session = BotocoreDataSession();
        Assert.That(session.GetWaiterModel("dynamodb").WaiterNames, Does.Contain("TableExists"));
        Assert.That(session.GetPaginatorModel("s3").HasPaginator("ListObjectsV2"), Is.True);
    }

    [Test]
    public void Session_events_are_aliased_and_emit_first_non_null_response_returns_the_first_answer()
    {
        // Without the builtin rows: botocore's own add_accept_header row listens on before-call.apigateway too.
        var session = new Session(includeBuiltinHandlers: false, environment: new Dictionary<string, string> { ["HOME"] = s_home });
        session.Register("before-call.apigateway", _ => null);
        session.Register("before-call.apigateway", _ => "second", uniqueId: "u");
        session.Register("before-call.apigateway", _ => "ignored", uniqueId: "u");
        Assert.That(session.Emit("before-call.api-gateway.GetRestApis"), Has.Count.EqualTo(2));
        Assert.That(session.EmitFirstNonNullResponse("before-call.api-gateway.GetRestApis"), Is.EqualTo("second"));
        session.Unregister("before-call.api-gateway", uniqueId: "u");
        Assert.That(session.EmitFirstNonNullResponse("before-call.api-gateway.GetRestApis"), Is.Null);
        Assert.That(session.GetComponent("event_emitter"), Is.InstanceOf<EventAliaser>());
    }

    [Test]
    public void Builtin_handlers_map_the_legacy_sagemaker_runtime_name_unless_disabled()
    {
        var args = new Dictionary<string, object?> { ["service_name"] = "runtime.sagemaker" };
        var env = new Dictionary<string, string> { ["HOME"] = s_home };
        Assert.That(new Session(environment: env).EmitFirstNonNullResponse("choose-service-name", args), Is.EqualTo("sagemaker-runtime"));
        Assert.That(new Session(includeBuiltinHandlers: false, environment: env).EmitFirstNonNullResponse("choose-service-name", args), Is.Null);
    }

    [Test]
    public void A_given_emitter_is_wrapped_and_receives_registrations()
    {
        var emitter = new HierarchicalEmitter();
        var session = new Session(eventHooks: emitter, includeBuiltinHandlers: false, environment: new Dictionary<string, string> { ["HOME"] = s_home });
        session.Register("x.logs", _ => "hit");
        Assert.That(emitter.EmitUntilResponse("x.cloudwatch-logs").Response, Is.EqualTo("hit"));
    }
}
