namespace BotoSharp.Clients;

/// <summary>
/// The input of an operation whose model declares none. Generated clients pass <see cref="Instance"/> so the call
/// path always receives a request object.
/// </summary>
public sealed class EmptyRequest : IRequestShape
{
    private EmptyRequest()
    {
    }

    /// <summary>The shared instance; it has no state.</summary>
    public static EmptyRequest Instance { get; } = new();

    /// <inheritdoc/>
    public Dictionary<string, object?> ToParameters() => new();

    /// <inheritdoc/>
    public void WriteTo(Protocols.Typed.Writing.IShapeWriter writer)
    {
    }
}
