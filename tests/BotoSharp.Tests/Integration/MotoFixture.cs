using BotoSharp.Tests.Support;

namespace BotoSharp.Tests;

/// <summary>One moto_server for every test in the assembly that needs one, started on first use and stopped at the end
/// (a set-up fixture in the root namespace, so its tear-down runs after every namespace that used it).</summary>
[SetUpFixture]
public sealed class MotoFixture
{
    private static MotoServer? s_server;
    private static readonly object s_lock = new();

    /// <summary>The running server (started lazily so unit-test-only runs never start it).</summary>
    internal static MotoServer Server
    {
        get
        {
            lock (s_lock)
            {
                return s_server ??= MotoServer.Start();
            }
        }
    }

    /// <summary>A session with fake credentials and a region, reading no files from the machine.</summary>
    internal static Session NewSession(string? dataPath = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["HOME"] = Path.GetTempPath(),
        };
        if (dataPath is not null)
        {
            environment["AWS_DATA_PATH"] = dataPath;
        }
        return new Session(environment: environment);
    }

    /// <summary>
    /// The compiled typed client <typeparamref name="TClient"/> against the server. The data path is the repository's
    /// models folder because the generator does not embed endpoint rule sets; the call path reads them from there.
    /// </summary>
    internal static TClient Typed<TClient>()
        where TClient : BaseClient =>
        NewSession(RepoPaths.Models).CreateClient<TClient>(endpointUrl: Server.EndpointUrl);

    /// <summary>Stops the server by its process id.</summary>
    [OneTimeTearDown]
    public void StopServer()
    {
        lock (s_lock)
        {
            s_server?.Dispose();
            s_server = null;
        }
    }
}
