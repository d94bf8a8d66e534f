namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// Deterministic random <see cref="RandomSessionScenario"/>s: the same seed always gives the same scenarios.
/// The credential chain never reaches the network: IMDS is disabled, no container variables are set, role, web
/// identity and SSO credentials are compared unused (deferred, by method), and credential_process commands are
/// <c>echo</c>/<c>false</c> only.
/// </summary>
internal sealed class SessionScenarioGenerator
{
    private static readonly string[] s_profiles = ["default", "default", "dev", "dev", "dev", "a b", "prod", "bar", "creds-only", "missing", "x", ""];

    private static readonly (string Name, string[] Values)[] s_environment =
    [
        ("AWS_PROFILE", s_profiles),
        ("AWS_DEFAULT_PROFILE", s_profiles),
        ("AWS_DEFAULT_REGION", ["us-west-1", "eu-west-3", "", " padded "]),
        ("AWS_REGION", ["sa-east-1", "cn-north-1"]),
        ("AWS_ACCESS_KEY_ID", ["AKIDENV", ""]),
        ("AWS_SECRET_ACCESS_KEY", ["env-secret", ""]),
        ("AWS_SESSION_TOKEN", ["env-session-token", ""]),
        ("AWS_SECURITY_TOKEN", ["env-security-token"]),
        ("AWS_CREDENTIAL_EXPIRATION", ["2099-01-01T00:00:00Z"]),
        ("AWS_MAX_ATTEMPTS", ["5", " 7 ", "abc", "", "1.0", "-3", "0x10"]),
        ("AWS_RETRY_MODE", ["standard", "adaptive", "legacy", "nope"]),
        ("AWS_DEFAULTS_MODE", ["standard", "legacy", "cross-region", "in-region", "mobile", "auto", "weird"]),
        ("AWS_USE_FIPS_ENDPOINT", ["true", "TRUE", "false", "1", ""]),
        ("AWS_USE_DUALSTACK_ENDPOINT", ["true", "false"]),
        ("AWS_CA_BUNDLE", ["/env/ca.pem"]),
        ("AWS_STS_REGIONAL_ENDPOINTS", ["regional", "legacy"]),
        ("AWS_SDK_UA_APP_ID", ["env-app"]),
        ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", ["true", "false"]),
        ("AWS_METADATA_SERVICE_TIMEOUT", ["2", "x"]),
        ("AWS_METADATA_SERVICE_NUM_ATTEMPTS", ["3", "1.5"]),
        ("AWS_CSM_ENABLED", ["true", "false"]),
        ("AWS_CSM_PORT", ["1234", "port"]),
        ("AWS_S3_USE_ARN_REGION", ["true", "false"]),
        ("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", ["regional", "legacy"]),
        ("AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", ["true"]),
        ("AWS_DISABLE_REQUEST_COMPRESSION", ["true", "no"]),
        ("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", ["10", "ten", "20000000"]),
        ("AWS_SIGV4A_SIGNING_REGION_SET", ["*"]),
        ("AWS_REQUEST_CHECKSUM_CALCULATION", ["WHEN_REQUIRED"]),
        ("AWS_RESPONSE_CHECKSUM_VALIDATION", ["when_supported"]),
        ("AWS_ACCOUNT_ID_ENDPOINT_MODE", ["required"]),
        ("AWS_AUTH_SCHEME_PREFERENCE", ["sigv4"]),
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", ["IPv4", "IPV6", "bogus"]),
        ("AWS_EC2_METADATA_V1_DISABLED", ["true"]),
        ("AWS_ENDPOINT_DISCOVERY_ENABLED", ["auto"]),
        ("AWS_PARAMETER_VALIDATION", ["false"]),
        ("AWS_DISABLE_HOST_PREFIX_INJECTION", ["true"]),
        ("AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", ["TRUE"]),
        ("AWS_ENDPOINT_URL", ["https://env.example.com"]),
        ("BOTO_CONFIG", ["/nonexistent/boto.cfg"]),
        ("AWS_WEB_IDENTITY_TOKEN_FILE", ["/nonexistent/botosharp-token", ""]),
        ("AWS_ROLE_ARN", ["arn:aws:iam::123456789012:role/web", ""]),
        ("AWS_ROLE_SESSION_NAME", ["pod"]),
    ];

    private static readonly string[] s_instanceNames =
    [
        "region", "profile", "max_attempts", "retry_mode", "use_fips_endpoint", "ca_bundle", "defaults_mode",
        "metadata_service_timeout", "user_agent_appid", "csm_port", "unknown_variable",
    ];

    private static readonly string[] s_regions =
    [
        "us-east-1", "us-west-2", "eu-west-1", "cn-north-1", "cn-northwest-1", "us-gov-west-1", "us-iso-east-1",
        "us-isob-east-1", "eu-isoe-west-1", "us-isof-south-1", "aws-global", "aws-cn-global", "aws-us-gov-global",
        "ap-southeast-7", "mx-central-1", "eusc-de-east-1", "il-central-1",
        "mars-east-1", "", "US-EAST-1", "us-east-1 ", "cn-moon-1", "us-gov-foo-1", "eu-west-99", "x", "us-isob-west-9",
    ];

    private static readonly string[] s_botoConfigs =
    [
        "[Credentials]\naws_access_key_id = AKBOTO\naws_secret_access_key = boto-secret\n",
        "[Credentials]\naws_access_key_id = AKBOTO\n",
        "[Boto]\ndebug = 0\n",
        "[Credentials]\nAWS_ACCESS_KEY_ID: AKBOTO2\nAWS_SECRET_ACCESS_KEY: boto-secret2\n",
        "not ini\n",
    ];

    private static readonly string[] s_ec2CredentialFiles =
    [
        "AWSAccessKeyId=AKEC2\nAWSSecretKey=ec2-secret\n",
        "AWSAccessKeyId = AKEC2 \n AWSSecretKey = ec2 secret\n",
        "AWSAccessKeyId=AKEC2\n",
        "# comment\nother=1\n",
        "AWSAccessKeyId=AK=with=equals\nAWSSecretKey=s\n",
    ];

    private readonly Random _random;
    private readonly IniTextGenerator _ini;
    private readonly string[] _services;

    /// <param name="seed">The run's seed.</param>
    /// <param name="services">Service names to pick from (botocore's data folder).</param>
    public SessionScenarioGenerator(int seed, IReadOnlyList<string> services)
    {
        _random = new Random(seed);
        _ini = new IniTextGenerator(_random);
        _services = services.Concat(["not-a-service"]).ToArray();
    }

    /// <summary>The next scenario.</summary>
    public RandomSessionScenario Next(int index)
    {
        string? config = Chance(0.1) ? null : _ini.Config();
        string? credentials = Chance(0.25) ? null : _ini.Credentials();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        int envCount = _random.Next(0, 8);
        for (int i = 0; i < envCount; i++)
        {
            var (name, values) = Pick(s_environment);
            environment[name] = Pick(values);
        }
        if (Chance(0.2))
        {
            // A complete key pair, so the environment provider answers often enough to be compared.
            environment["AWS_ACCESS_KEY_ID"] = "AKIDPAIR";
            environment["AWS_SECRET_ACCESS_KEY"] = "pair-secret";
            if (Chance(0.5))
            {
                environment[Chance(0.7) ? "AWS_SESSION_TOKEN" : "AWS_SECURITY_TOKEN"] = "pair-token";
            }
        }
        var instance = new List<KeyValuePair<string, object?>>();
        if (Chance(0.3))
        {
            int count = _random.Next(1, 4);
            for (int i = 0; i < count; i++)
            {
                string name = Pick(s_instanceNames);
                instance.Add(new(name, InstanceValue(name)));
            }
        }
        return new RandomSessionScenario
        {
            Index = index,
            Config = config,
            Credentials = credentials,
            PathStyle = Chance(0.7) ? 0 : _random.Next(1, 4),
            BotoConfig = Chance(0.1) ? Pick(s_botoConfigs) : null,
            Ec2CredentialFile = Chance(0.1) ? Pick(s_ec2CredentialFiles) : null,
            Environment = environment,
            Profile = Chance(0.25) ? Pick(s_profiles) : null,
            Instance = instance,
            Regions = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Pick(s_regions)).ToList(),
            Services = Chance(0.15) ? Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Pick(_services)).ToList() : [],
        };
    }

    private object? InstanceValue(string name)
    {
        if (name == "profile")
        {
            return Chance(0.2) ? null : Pick(s_profiles);
        }
        return _random.Next(5) switch
        {
            0 => null,
            1 => (long)_random.Next(-2, 20),
            2 => Chance(0.5),
            3 => "instance-" + name,
            _ => Pick(["standard", "us-east-2", "12", "true"]),
        };
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
