using Amazon;
using Amazon.Runtime;
using Benchmarks.Stub;
using BotoSharp;
using BotoSharp.Http;

namespace Benchmarks;

/// <summary>
/// Builds clients of both SDKs over the same stub handler, with explicit credentials and region so that neither
/// reads the machine's AWS configuration or reaches a metadata service.
/// </summary>
public static class ClientSetup
{
    /// <summary>The benchmark region.</summary>
    public const string Region = "us-east-1";

    private static readonly Lazy<string> s_emptyHome = new(() => Directory.CreateTempSubdirectory("botosharp-bench-").FullName);

    /// <summary>An environment with no AWS variables and an empty home, so config files are absent.</summary>
    public static Dictionary<string, string> Environment(params (string Name, string Value)[] extra)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = s_emptyHome.Value,
            ["AWS_CONFIG_FILE"] = Path.Combine(s_emptyHome.Value, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(s_emptyHome.Value, "credentials"),
        };
        foreach (var (name, value) in extra)
        {
            env[name] = value;
        }
        return env;
    }

    /// <summary>A BotoSharp session whose clients send through <paramref name="handler"/>.</summary>
    public static Session BotoSharpSession(HttpMessageHandler handler) =>
        new(environment: Environment()) { TransportFactory = options => new HttpTransport(options, handler) };

    /// <summary>A typed BotoSharp client whose requests go to <paramref name="handler"/>.</summary>
    public static TClient BotoSharp<TClient>(HttpMessageHandler handler)
        where TClient : BaseClient =>
        BotoSharp<TClient>(BotoSharpSession(handler));

    /// <summary>A typed BotoSharp client of <paramref name="session"/>, with the benchmark's region and keys.</summary>
    public static TClient BotoSharp<TClient>(Session session)
        where TClient : BaseClient =>
        session.CreateClient<TClient>(Region, awsAccessKeyId: "AKIDEXAMPLE", awsSecretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    /// <summary>The dynamic BotoSharp client for <paramref name="service"/> (model found at run time).</summary>
    public static BaseClient BotoSharpDynamic(string service, HttpMessageHandler handler) =>
        BotoSharpSession(handler).CreateClient(service, Region, awsAccessKeyId: "AKIDEXAMPLE", awsSecretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    /// <summary>Explicit credentials for the AWS SDK.</summary>
    public static AWSCredentials AwsCredentials { get; } = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    /// <summary>Points an AWS SDK config at the region and the stub handler.</summary>
    public static TConfig AwsConfig<TConfig>(TConfig config, HttpMessageHandler handler)
        where TConfig : ClientConfig
    {
        config.RegionEndpoint = RegionEndpoint.USEast1;
        config.HttpClientFactory = new AwsSdkHttpClientFactory(handler);
        return config;
    }
}
