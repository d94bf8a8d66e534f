using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Credentials.Calls;

/// <summary>
/// A credential-call differential answered by a scripted local server instead of moto: one server and one
/// <see cref="CredentialCallRunner"/> per fixture, and the comparison with the server's address written as <c>{URL}</c>
/// on both sides.
/// </summary>
public abstract class LocalServerCallFixture
{
    private LocalHttpServer _server = null!;
    private CredentialCallRunner _runner = null!;

    /// <summary>The server's answer to one request (the service the fixture stands in for).</summary>
    private protected abstract Reply Answer(RecordedRequest request);

    [OneTimeSetUp]
    public void StartServer()
    {
        _server = new LocalHttpServer(Answer);
        _runner = new CredentialCallRunner(_server.BaseUrl);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _runner.Dispose();
        _server.Dispose();
    }

    /// <summary>Runs <paramref name="scenarios"/> through botocore and BotoSharp; one line per disagreement.</summary>
    private protected Task<List<string>> DisagreementsAsync(IEnumerable<CallScenario> scenarios) =>
        _runner.DisagreementsAsync(scenarios.ToList(), identity: false, Normalize);

    private string Normalize(JsonNode? node) =>
        CredentialCallRunner.Normalize(node).Replace(_server.BaseUrl.TrimEnd('/'), "{URL}", StringComparison.Ordinal);
}
