namespace BotoSharp.Generator.Model;

/// <summary>How a member's value converts to and from the runtime value convention.</summary>
internal enum ValueKind
{
    String,
    Enum,
    Int32,
    Int64,
    Single,
    Double,
    Boolean,
    Timestamp,
    Blob,
    Stream,
    Document,
    Structure,
    List,
    Map,

    /// <summary>An output's event stream: <c>EventStream&lt;TUnion&gt;</c>, an asynchronous sequence of the union's events.</summary>
    EventStream,
}
