namespace BotoSharp.Tests.Sessions;

/// <summary>Every logical variable resolves to botocore's value across environment, file, instance and methods set-ups.</summary>
public class SessionVariableDifferentialTests
{
    private const string FullConfig =
        "[default]\nregion = us-west-1\nmax_attempts = 7\nretry_mode = adaptive\nsdk_ua_app_id = app-from-file\n" +
        "parameter_validation = false\ncsm_port = 1234\nuse_fips_endpoint = TRUE\ns3_use_arn_region = false\n" +
        "s3 =\n  addressing_style = path\n  use_accelerate_endpoint = yes\n  signature_version = s3v4\n" +
        "api_versions =\n  ec2 = 2015-01-01\n" +
        "proxy_ca_bundle = /ca.pem\nproxy_use_forwarding_for_https = True\nproxies_config =\n  other = x\n" +
        "[profile dev]\nregion = eu-west-1\ns3 = not-a-section\n";

    private static IEnumerable<TestCaseData> Scenarios()
    {
        yield return Case("nothing configured gives every default", new SessionScenario());
        yield return Case("environment variables", new SessionScenario
        {
            Environment = new()
            {
                ["AWS_DEFAULT_REGION"] = "ap-south-1", ["AWS_REGION"] = "ignored-1", ["AWS_MAX_ATTEMPTS"] = " 12 ",
                ["AWS_USE_FIPS_ENDPOINT"] = "TRUE", ["AWS_CSM_ENABLED"] = "yes", ["AWS_NEW_RETRIES_2026"] = "True",
                ["AWS_S3_USE_ARN_REGION"] = "true", ["AWS_METADATA_SERVICE_TIMEOUT"] = "3",
                ["AWS_S3_US_EAST_1_REGIONAL_ENDPOINT"] = "regional", ["AWS_SDK_UA_APP_ID"] = "app",
                ["AWS_DEFAULTS_MODE"] = "Standard", ["AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"] = "99",
            },
        });
        yield return Case("AWS_DEFAULT_PROFILE beats AWS_PROFILE", new SessionScenario
        {
            Config = FullConfig,
            Environment = new() { ["AWS_DEFAULT_PROFILE"] = "dev", ["AWS_PROFILE"] = "default" },
        });
        yield return Case("config file values and nested sections", new SessionScenario { Config = FullConfig });
        yield return Case("environment beats the config file", new SessionScenario
        {
            Config = FullConfig,
            Environment = new() { ["AWS_DEFAULT_REGION"] = "sa-east-1", ["AWS_MAX_ATTEMPTS"] = "2", ["AWS_S3_USE_ARN_REGION"] = "TRUE" },
        });
        yield return Case("instance variables beat everything", new SessionScenario
        {
            Config = FullConfig,
            Environment = new() { ["AWS_DEFAULT_REGION"] = "sa-east-1" },
            Instance = new() { ["region"] = "me-south-1", ["use_arn_region"] = false, ["retry_mode"] = null, ["proxy_client_cert"] = "/c.pem" },
        });
        yield return Case("explicit profile selects its section", new SessionScenario { Config = FullConfig, Profile = "dev" });
        yield return Case("credentials file keys join the profile", new SessionScenario
        {
            Config = FullConfig,
            Credentials = "[default]\nregion = from-credentials\n[extra]\nregion = x\n",
        });
        yield return Case("a missing explicit profile fails every file lookup", new SessionScenario { Config = FullConfig, Profile = "nope" });
        yield return Case("a conversion failure surfaces", new SessionScenario { Environment = new() { ["AWS_MAX_ATTEMPTS"] = "abc", ["AWS_CSM_PORT"] = "1.5" } });
        foreach (var methods in new[] { new[] { "instance" }, new[] { "env" }, new[] { "config" }, new[] { "env", "config" }, Array.Empty<string>() })
        {
            yield return Case($"methods {string.Join("+", methods)} only", new SessionScenario
            {
                Config = FullConfig,
                Environment = new() { ["AWS_DEFAULT_REGION"] = "sa-east-1", ["AWS_RETRY_MODE"] = "standard" },
                Instance = new() { ["max_attempts"] = 9L },
                Methods = methods,
            });
        }
    }

    private static TestCaseData Case(string name, SessionScenario scenario) =>
        new TestCaseData(scenario).SetName("Variables match botocore: " + name);

    [TestCaseSource(nameof(Scenarios))]
    public void MatchesBotocore(SessionScenario scenario)
    {
        var (ours, botocore) = scenario.Compare();
        Assert.That(ours, Is.EqualTo(botocore));
    }
}
