using BotoSharp.Configuration;
using BotoSharp.Endpoints;
using BotoSharp.Loading;

namespace BotoSharp.Tests.EndToEnd;

/// <summary>
/// Creates the typed client for one <see cref="EndpointOperationCase"/> with every builtin expressed as ordinary
/// configuration, the way a user would get that builtin: region, FIPS/dual-stack flags, an endpoint URL, the
/// <c>s3</c> config section, <c>sts_regional_endpoints</c>, and the credentials' account id.
/// </summary>
internal static class EndpointCaseClientFactory
{
    /// <summary>The access key every case signs with; the runner reads the credential scope, not the key.</summary>
    public const string AccessKey = "AKIDEXAMPLE";

    /// <summary>Creates the client. Host-prefix injection is off, as in botocore's runner (the rule-set tests ignore it).</summary>
    public static BaseClient Create(EndpointOperationCase testCase)
    {
        var builtIns = testCase.BuiltIns;
        var environment = new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["HOME"] = Path.GetTempPath(),
            // AWS::STS::UseGlobalEndpoint is true only under the legacy setting; its absence means regional.
            ["AWS_STS_REGIONAL_ENDPOINTS"] = Flag(builtIns, EndpointBuiltIns.StsUseGlobalEndpoint) ? "legacy" : "regional",
        };
        var session = new Session(environment: environment);
        var endpointUrl = builtIns.GetValueOrDefault(EndpointBuiltIns.SdkEndpoint) as string;
        var config = new ClientConfig
        {
            InjectHostPrefix = false,
            UseFipsEndpoint = Flag(builtIns, EndpointBuiltIns.UseFips),
            UseDualstackEndpoint = Flag(builtIns, EndpointBuiltIns.UseDualStack),
            S3 = S3Section(builtIns, endpointUrl),
            AccountIdEndpointMode = builtIns.GetValueOrDefault(EndpointBuiltIns.AccountIdEndpointMode) as string,
            Retries = new Dictionary<string, object?> { ["total_max_attempts"] = 1L },
        };
        var compiled = CompiledModelRegistry.Find(testCase.Service)
            ?? throw new InvalidOperationException($"No generated client for {testCase.Service}: add its model to the test project's AdditionalFiles.");
        var client = session.CreateClient(
            testCase.Service,
            regionName: builtIns.GetValueOrDefault(EndpointBuiltIns.Region) as string ?? "us-east-1",
            endpointUrl: endpointUrl,
            awsAccessKeyId: AccessKey,
            awsSecretAccessKey: "secret",
            config: config,
            awsAccountId: builtIns.GetValueOrDefault(EndpointBuiltIns.AccountId) as string);
        if (client.GetType() != compiled.ClientType)
        {
            throw new InvalidOperationException($"CreateClient returned {client.GetType().Name}, not the generated {compiled.ClientType.Name}.");
        }
        return client;
    }

    // botocore's builtins read the s3 section: addressing_style feeds ForcePathStyle (and a custom endpoint means path
    // style unless "virtual" is asked for), us_east_1_regional_endpoint feeds AWS::S3::UseGlobalEndpoint (its absence
    // in a case means "regional"; botocore's own default is legacy).
    private static Dictionary<string, object?> S3Section(IReadOnlyDictionary<string, object?> builtIns, string? endpointUrl)
    {
        var s3 = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["us_east_1_regional_endpoint"] = Flag(builtIns, EndpointBuiltIns.S3UseGlobalEndpoint) ? "legacy" : "regional",
        };
        if (Flag(builtIns, EndpointBuiltIns.S3ForcePathStyle))
        {
            s3["addressing_style"] = "path";
        }
        else if (endpointUrl is not null)
        {
            s3["addressing_style"] = "virtual";
        }
        if (Flag(builtIns, EndpointBuiltIns.S3Accelerate))
        {
            s3["use_accelerate_endpoint"] = true;
        }
        if (builtIns.GetValueOrDefault(EndpointBuiltIns.S3UseArnRegion) is bool useArnRegion)
        {
            s3["use_arn_region"] = useArnRegion;
        }
        else if (builtIns.GetValueOrDefault(EndpointBuiltIns.S3ControlUseArnRegion) is bool controlUseArnRegion)
        {
            s3["use_arn_region"] = controlUseArnRegion;
        }
        if (Flag(builtIns, EndpointBuiltIns.S3DisableMultiRegionAccessPoints))
        {
            s3["s3_disable_multiregion_access_points"] = true;
        }
        return s3;
    }

    private static bool Flag(IReadOnlyDictionary<string, object?> builtIns, string name) => builtIns.GetValueOrDefault(name) is true;
}
