using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Tests.Sessions;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Configuration;

/// <summary>
/// The final client config equals botocore's <c>client.meta.config</c> after <c>create_client</c> for the same
/// environment, profile and <c>Config</c> (the §2.6 rules), including the errors.
/// </summary>
public class ClientConfigCalculatorTests
{
    private static readonly string[] s_keys =
    {
        "region_name", "signature_version", "connect_timeout", "read_timeout", "max_pool_connections", "retries",
        "inject_host_prefix", "user_agent_appid", "user_agent_extra", "request_min_compression_size_bytes",
        "disable_request_compression", "sigv4a_signing_region_set", "request_checksum_calculation",
        "response_checksum_validation", "account_id_endpoint_mode", "auth_scheme_preference",
        "s3_disable_express_session_auth", "s3", "tcp_keepalive", "proxies", "client_context_params",
    };

    private const string Script =
        "import botocore, botocore.session\n" +
        "from botocore.config import Config\n" +
        "c = INPUT['config']\n" +
        "if c is not None and c.pop('unsigned', False): c['signature_version'] = botocore.UNSIGNED\n" +
        "try:\n" +
        "    client = botocore.session.Session().create_client(INPUT['service'], region_name='us-west-2', config=None if c is None else Config(**c))\n" +
        "    m = client.meta.config\n" +
        "    out = {}\n" +
        "    for k in INPUT['keys']:\n" +
        "        v = getattr(m, k)\n" +
        "        if v is botocore.UNSIGNED: v = 'UNSIGNED'\n" +
        "        if k.endswith('_timeout') and v is not None: v = float(v)\n" +
        "        out[k] = v\n" +
        "    out['parameter_validation'] = type(client._serializer).__name__ == 'ParamValidationDecorator'\n" +
        "    emit(out)\n" +
        "except botocore.exceptions.BotoCoreError as e:\n" +
        "    emit({'error': type(e).__name__, 'message': str(e)})\n";

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("nothing configured", "sqs", new(), null);
        yield return Case("store max attempts and retry mode", "sqs", new() { ["AWS_MAX_ATTEMPTS"] = "4", ["AWS_RETRY_MODE"] = "standard" }, null);
        yield return Case("config max attempts counts retries", "sqs", new() { ["AWS_MAX_ATTEMPTS"] = "9" },
            new() { ["retries"] = new Dictionary<string, object?> { ["max_attempts"] = 2 } });
        yield return Case("config total max attempts wins", "sqs", new(),
            new() { ["retries"] = new Dictionary<string, object?> { ["total_max_attempts"] = 5, ["max_attempts"] = 1, ["mode"] = "adaptive" } });
        yield return Case("smart default connect timeout without a config", "sqs", new() { ["AWS_DEFAULTS_MODE"] = "standard" }, null);
        yield return Case("a config without defaults mode keeps 60 seconds", "sqs", new() { ["AWS_DEFAULTS_MODE"] = "standard" }, new() { ["read_timeout"] = 5 });
        yield return Case("config defaults mode mobile", "sqs", new(), new() { ["defaults_mode"] = "mobile" });
        yield return Case("compression size zero", "sqs", new() { ["AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"] = "0" }, null);
        yield return Case("compression size not a number", "sqs", new() { ["AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"] = "abc" }, null);
        yield return Case("compression settings from config", "sqs", new(),
            new() { ["request_min_compression_size_bytes"] = 2048, ["disable_request_compression"] = true });
        yield return Case("checksum modes are lower-cased", "sqs",
            new() { ["AWS_REQUEST_CHECKSUM_CALCULATION"] = "WHEN_REQUIRED", ["AWS_RESPONSE_CHECKSUM_VALIDATION"] = "When_Supported" }, null);
        yield return Case("invalid checksum mode", "sqs", new() { ["AWS_REQUEST_CHECKSUM_CALCULATION"] = "sometimes" }, null);
        yield return Case("account id mode lower-cased", "sqs", new() { ["AWS_ACCOUNT_ID_ENDPOINT_MODE"] = "Required" }, null);
        yield return Case("invalid account id mode", "sqs", new() { ["AWS_ACCOUNT_ID_ENDPOINT_MODE"] = "always" }, null);
        yield return Case("unsigned disables account id routing", "sqs", new() { ["AWS_ACCOUNT_ID_ENDPOINT_MODE"] = "always" }, new() { ["unsigned"] = true });
        yield return Case("auth scheme preference from env is cleaned", "sqs", new() { ["AWS_AUTH_SCHEME_PREFERENCE"] = " sigv4a , ,\tsigv4 " }, null);
        yield return Case("auth scheme preference from config wins", "sqs", new() { ["AWS_AUTH_SCHEME_PREFERENCE"] = "x" }, new() { ["auth_scheme_preference"] = "a, b" });
        yield return Case("host prefix injection disabled by env", "sqs", new() { ["AWS_DISABLE_HOST_PREFIX_INJECTION"] = "true" }, null);
        yield return Case("config inject host prefix wins", "sqs", new() { ["AWS_DISABLE_HOST_PREFIX_INJECTION"] = "false" }, new() { ["inject_host_prefix"] = false });
        yield return Case("express session flag not a boolean", "sqs", new() { ["AWS_S3_DISABLE_EXPRESS_SESSION_AUTH"] = "maybe" }, null);
        yield return Case("express session flag from env", "sqs", new() { ["AWS_S3_DISABLE_EXPRESS_SESSION_AUTH"] = "TRUE" }, null);
        yield return Case("express session flag read from the s3 dictionary", "s3", new(),
            new() { ["s3"] = new Dictionary<string, object?> { ["disable_s3_express_session_auth"] = true }, ["s3_disable_express_session_auth"] = false });
        yield return Case("app id, keepalive and sigv4a region set from env", "sqs",
            new() { ["AWS_SDK_UA_APP_ID"] = "app", ["BOTOCORE_TCP_KEEPALIVE"] = "true", ["AWS_SIGV4A_SIGNING_REGION_SET"] = "*" }, null);
        yield return Case("signature version set in code", "s3", new(), new() { ["signature_version"] = "s3v4", ["user_agent_extra"] = "x/1" });
        yield return Case("config parameter validation off", "sqs", new(), new() { ["parameter_validation"] = false });
    }

    private static TestCaseData Case(string name, string service, Dictionary<string, string> env, Dictionary<string, object?>? config) =>
        new TestCaseData(service, env, config).SetName("Client config matches botocore: " + name);

    [TestCaseSource(nameof(Cases))]
    public void MatchesBotocore(string service, Dictionary<string, string> env, Dictionary<string, object?>? config)
    {
        var environment = new SessionScenario { Environment = env, Config = ProfileText }.Materialize();
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        var theirs = Botocore.Normalize(Botocore.Run(Script, new Dictionary<string, object?>
        {
            ["service"] = service, ["keys"] = s_keys, ["config"] = config is null ? null : new Dictionary<string, object?>(config),
        }, environment));
        Assert.That(Ours(service, environment, config), Is.EqualTo(theirs));
    }

    [Test]
    public void ProfileParameterValidationFalseBeatsConfigTrue()
    {
        var env = new SessionScenario { Config = "[default]\nparameter_validation = false\n" }.Materialize();
        var session = new Session(environment: env);
        var store = session.CreateClientConfigStore("sqs", null, "us-west-2");
        var computed = ClientConfigCalculator.Compute(new ClientConfig { ParameterValidation = true }, store, session.GetScopedConfig(), "sqs", "us-west-2", "v4");
        Assert.That(computed.ParameterValidation, Is.False);
    }

    [Test]
    public void DualstackVariantForcesTheS3DualstackOption()
    {
        var session = new Session(environment: new SessionScenario().Materialize());
        var store = session.CreateClientConfigStore("s3", null, "us-west-2");
        var computed = ClientConfigCalculator.Compute(null, store, session.GetScopedConfig(), "s3", "us-west-2", "s3v4", new[] { "dualstack" });
        Assert.That(computed.S3Config!["use_dualstack_endpoint"], Is.EqualTo(true));
        Assert.That(computed.Options["use_dualstack_endpoint"], Is.EqualTo(true));
    }

    [Test]
    [NonParallelizable]
    public void AnAppIdLongerThanFiftyCharactersIsLoggedAsAWarning()
    {
        var writer = new StringWriter();
        var session = new Session(environment: new SessionScenario().Materialize());
        session.SetStreamLogger("botocore.args", Microsoft.Extensions.Logging.LogLevel.Warning, writer);
        var handler = BotoSharp.Logging.BotoLoggerFactory.Shared.Handlers.Last();
        try
        {
            var store = session.CreateClientConfigStore("sqs", null, "us-west-2");
            var computed = ClientConfigCalculator.Compute(new ClientConfig { UserAgentAppId = new string('a', 51) }, store, null, "sqs", "us-west-2", "v4");
            Assert.That(computed.Options["user_agent_appid"], Has.Length.EqualTo(51));
            Assert.That(writer.ToString(), Does.Contain("WARNING - The configured value for user_agent_appid exceeds the maximum length of 50 characters."));
        }
        finally
        {
            BotoSharp.Logging.BotoLoggerFactory.Shared.RemoveHandler(handler);
        }
    }

    private const string ProfileText = "[default]\ns3 =\n  addressing_style = path\n";

    private static string Ours(string service, Dictionary<string, string> environment, Dictionary<string, object?>? raw)
    {
        try
        {
            var options = raw is null ? null : new Dictionary<string, object?>(raw);
            bool unsigned = options?.Remove("unsigned") == true;
            if (unsigned)
            {
                options!["signature_version"] = ClientConfig.Unsigned;
            }
            var config = options is null ? null : new ClientConfig(options);
            var session = new Session(environment: environment);
            var store = session.CreateClientConfigStore(service, config, "us-west-2");
            object? signature = config?.SignatureVersion ?? (service == "s3" ? "s3v4" : "v4");
            var computed = ClientConfigCalculator.Compute(config, store, session.GetScopedConfig(), service, "us-west-2", signature);
            var final = computed.ToClientConfig();
            var result = s_keys.ToDictionary(k => k, k => final.GetOption(k));
            result["parameter_validation"] = computed.ParameterValidation;
            return Botocore.ToJson(result);
        }
        catch (BotoCoreError error)
        {
            return Botocore.ToJson(new Dictionary<string, object?> { ["error"] = error.GetType().Name, ["message"] = error.Message });
        }
    }
}
