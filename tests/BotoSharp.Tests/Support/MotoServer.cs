using BotoSharp.OracleTools;

namespace BotoSharp.Tests.Support;

/// <summary>
/// A real moto_server from the pinned oracle for a test fixture: it binds a port of its own choosing (no race),
/// is waited for by readiness, and is stopped by its process id (never by name).
/// </summary>
internal sealed class MotoServer : IDisposable
{
    private readonly MotoServerProcess _process;

    private MotoServer(MotoServerProcess process) => _process = process;

    /// <summary>The port the server listens on.</summary>
    public int Port => _process.Port;

    /// <summary>The endpoint URL to give a client, e.g. <c>http://127.0.0.1:51234</c>.</summary>
    public string EndpointUrl => _process.EndpointUrl;

    /// <summary>Starts moto_server and waits until it answers HTTP (up to <see cref="MotoServerProcess.DefaultTimeout"/>).</summary>
    public static MotoServer Start() => new(MotoServerProcess.Start());

    /// <summary>Stops the server by its process id and waits for it to exit.</summary>
    public void Dispose() => _process.Dispose();
}
