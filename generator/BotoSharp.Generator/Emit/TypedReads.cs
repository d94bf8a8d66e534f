using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>
/// Prints the expression that reads a member's value from an <c>IShapeReader</c> (the typed fast path): one reader
/// call per value, lists and maps taking a static lambda for their elements, so no generated method grows beyond a
/// line per member.
/// </summary>
internal static class TypedReads
{
    /// <summary>
    /// Reads a value of <paramref name="value"/>'s type from <paramref name="reader"/>; <paramref name="existing"/> is
    /// the member's value so far, which a flattened XML list or map adds to.
    /// </summary>
    public static string Read(ValueSpec value, string reader, string existing, int depth = 1)
    {
        var item = depth == 1 ? "r" : "r" + depth;
        return value.Kind switch
        {
            ValueKind.String => $"{reader}.ReadString()",
            ValueKind.Enum => $"new {value.TypeName}({reader}.ReadString())",
            ValueKind.Int32 => $"{reader}.ReadInt32()",
            ValueKind.Int64 => $"{reader}.ReadInt64()",
            ValueKind.Single => $"{reader}.ReadSingle()",
            ValueKind.Double => $"{reader}.ReadDouble()",
            ValueKind.Boolean => $"{reader}.ReadBoolean()",
            ValueKind.Timestamp => $"{reader}.ReadTimestamp()",
            ValueKind.Blob => $"{reader}.ReadBlob()",
            ValueKind.Stream => $"{reader}.ReadStream()",
            ValueKind.Structure => $"{reader}.ReadStructure<{value.TypeName}>()",
            ValueKind.List => $"{reader}.ReadList({existing}, static {item} => {Read(value.Element!, item, "null", depth + 1)})",
            ValueKind.Map => $"{reader}.ReadMap({existing}, static {item} => {Read(value.Element!, item, "null", depth + 1)})",
            ValueKind.EventStream => $"{reader}.ReadEventStream<{value.Element!.TypeName}>()",
            _ => $"{reader}.ReadDocument()",
        };
    }
}
