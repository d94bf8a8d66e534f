using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>
/// Prints the straight-line expressions that convert a typed member to the runtime value convention and back.
/// The rules follow the value convention in DESIGN-NOTES.md: integers travel as <c>long</c>, floats as <c>double</c>,
/// enums as their string, structures as dictionaries.
/// </summary>
internal static class Conversions
{
    /// <summary>Converts the non-null <paramref name="expression"/> for <c>ToParameters</c>.</summary>
    public static string Write(ValueSpec value, string expression, string shapeValues, int depth = 1)
    {
        var item = depth == 1 ? "item" : "item" + depth;
        return value.Kind switch
        {
            ValueKind.Int32 => $"(long){expression}",
            ValueKind.Single => $"(double){expression}",
            ValueKind.Enum => $"{expression}.Value",
            ValueKind.Structure => $"{shapeValues}.WriteStructure({expression})",
            ValueKind.List => $"{shapeValues}.WriteList({expression}, {item} => {Write(value.Element!, item, shapeValues, depth + 1)})",
            ValueKind.Map => $"{shapeValues}.WriteMap({expression}, {item} => {Write(value.Element!, item, shapeValues, depth + 1)})",
            ValueKind.EventStream => $"{expression}.Untyped",
            _ => expression,
        };
    }

    /// <summary>Reads <paramref name="expression"/> (an <c>object?</c>) as the member's nullable type.</summary>
    public static string Read(ValueSpec value, string expression, string shapeValues, int depth = 1)
    {
        var item = depth == 1 ? "item" : "item" + depth;
        return value.Kind switch
        {
            ValueKind.String => $"{shapeValues}.ReadString({expression})",
            ValueKind.Enum => $"{shapeValues}.ReadEnum({expression}, text => new {value.TypeName}(text))",
            ValueKind.Int32 => $"{shapeValues}.ReadInt32({expression})",
            ValueKind.Int64 => $"{shapeValues}.ReadInt64({expression})",
            ValueKind.Single => $"{shapeValues}.ReadSingle({expression})",
            ValueKind.Double => $"{shapeValues}.ReadDouble({expression})",
            ValueKind.Boolean => $"{shapeValues}.ReadBoolean({expression})",
            ValueKind.Timestamp => $"{shapeValues}.ReadTimestamp({expression})",
            ValueKind.Blob => $"{shapeValues}.ReadBlob({expression})",
            ValueKind.Stream => $"{shapeValues}.ReadStream({expression})",
            ValueKind.Structure => $"{shapeValues}.ReadStructure<{value.TypeName}>({expression})",
            ValueKind.List => $"{shapeValues}.ReadList({expression}, {item} => {Element(value.Element!, item, shapeValues, depth + 1)})",
            ValueKind.Map => $"{shapeValues}.ReadMap({expression}, {item} => {Element(value.Element!, item, shapeValues, depth + 1)})",
            ValueKind.EventStream => $"{shapeValues}.ReadEventStream<{value.Element!.TypeName}>({expression})",
            _ => expression,
        };
    }

    // A list element or map value is never null unless it is a document.
    private static string Element(ValueSpec value, string expression, string shapeValues, int depth) =>
        value.Kind == ValueKind.Document
            ? expression
            : value.IsValueType
                ? Read(value, expression, shapeValues, depth) + ".GetValueOrDefault()"
                : Read(value, expression, shapeValues, depth) + "!";
}
