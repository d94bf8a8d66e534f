namespace BotoSharp.Clients;

/// <summary>
/// A generated input shape. It writes itself as botocore-shaped parameters — the same dictionary a boto3 user passes
/// as keyword arguments — which the protocol serializers consume for typed and dynamic clients alike.
/// </summary>
public interface IRequestShape
{
    /// <summary>
    /// The members that are set, by model member name. Values follow the runtime value convention
    /// (see DESIGN-NOTES.md): structures and maps are <c>Dictionary&lt;string, object?&gt;</c>, lists <c>List&lt;object?&gt;</c>,
    /// strings and enums <c>string</c>, integers <c>long</c>, floats <c>double</c>, booleans <c>bool</c>,
    /// blobs <c>byte[]</c> or <c>Stream</c>, timestamps <c>DateTimeOffset</c>; unset members are absent.
    /// </summary>
    Dictionary<string, object?> ToParameters();

    /// <summary>
    /// Writes the members that are set, by model member name and in model order, to <paramref name="writer"/>
    /// without building the dictionary (the typed fast path: validation and protocol serialization).
    /// </summary>
    void WriteTo(Protocols.Typed.Writing.IShapeWriter writer);
}
