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
}
