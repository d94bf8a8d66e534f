using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>
/// Prints the one-line <c>IShapeWriter</c> call that writes a member in <c>WriteTo</c>: the member's model name and
/// its typed value; lists and maps pass a static lambda that writes one element. The writer skips null members and
/// knows every wire trait from the model, so nothing protocol-specific is printed. Structure, list and map members
/// are written only when set: their writer methods are generic interface methods, whose dispatch is a runtime
/// lookup on every call, and a null one writes nothing anyway.
/// </summary>
internal static class TypedWrites
{
    /// <summary>The call writing <paramref name="member"/> to <c>writer</c>.</summary>
    public static string Member(MemberSpec member)
    {
        var name = ModelBuilder.Literal(member.WireName);
        var value = member.PropertyName;
        return member.Value.Kind switch
        {
            ValueKind.Enum => $"writer.String({name}, {value}?.Value)",
            ValueKind.List or ValueKind.Map => $"if ({value} is not null) writer.{member.Value.Kind}({name}, {value}, {Lambda(member.Value.Element!, 1)})",
            ValueKind.EventStream => $"writer.Document({name}, {value}?.Untyped)",
            ValueKind.Structure => $"if ({value} is not null) writer.Structure({name}, {value})",
            _ => $"writer.{Method(member.Value.Kind)}({name}, {value})",
        };
    }

    // An element writer: a static lambda over (writer, item), nested for lists of lists and maps of lists.
    private static string Lambda(ValueSpec element, int depth)
    {
        var w = depth == 1 ? "w" : "w" + depth;
        var item = depth == 1 ? "item" : "item" + depth;
        var call = element.Kind switch
        {
            ValueKind.Enum => $"{w}.String({item}.Value)",
            ValueKind.List or ValueKind.Map => $"{w}.{element.Kind}({item}, {Lambda(element.Element!, depth + 1)})",
            _ => $"{w}.{Method(element.Kind)}({item})",
        };
        return $"static ({w}, {item}) => {call}";
    }

    private static string Method(ValueKind kind) => kind switch
    {
        ValueKind.String => "String",
        ValueKind.Int32 => "Int32",
        ValueKind.Int64 => "Int64",
        ValueKind.Single => "Single",
        ValueKind.Double => "Double",
        ValueKind.Boolean => "Boolean",
        ValueKind.Timestamp => "Timestamp",
        ValueKind.Blob => "Blob",
        ValueKind.Stream => "Stream",
        ValueKind.Structure => "Structure",
        _ => "Document",
    };
}
