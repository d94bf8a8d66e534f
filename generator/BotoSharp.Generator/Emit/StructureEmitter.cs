using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>Prints a structure: properties, <c>ToParameters</c> and <c>FromParsed</c>.</summary>
internal static class StructureEmitter
{
    public static void Emit(CodeWriter w, StructureSpec spec, ExternalNames names)
    {
        var shapeValues = names["ShapeValues"];
        w.Summary(spec.Docs);
        w.Obsolete(spec.Obsolete, names["Obsolete"]);
        w.Open($"public sealed partial class {spec.TypeName} : {names["IRequestShape"]}, {names["IResponseShape"]}<{spec.TypeName}>");
        foreach (var member in spec.Members)
        {
            w.Summary(member.Docs);
            w.Obsolete(member.Obsolete, names["Obsolete"]);
            w.Line($"public {member.Value.TypeName}? {member.PropertyName} {{ get; set; }}");
            w.Line();
        }

        w.Doc($"<summary>Writes the members that are set, by model name (<c>{spec.ShapeName}</c>), in the runtime value convention.</summary>");
        w.Open($"public {names["Dictionary"]}<string, object?> ToParameters()");
        w.Line($"var parameters = new {names["Dictionary"]}<string, object?>();");
        foreach (var member in spec.Members)
        {
            var value = member.Value.IsValueType ? member.PropertyName + ".Value" : member.PropertyName;
            w.Open($"if ({member.PropertyName} is not null)");
            w.Line($"parameters[{ModelBuilder.Literal(member.WireName)}] = {Conversions.Write(member.Value, value, shapeValues)};");
            w.Close();
        }
        w.Line("return parameters;");
        w.Close();
        w.Line();

        w.Doc("<summary>Reads the structure from a parser's output in the runtime value convention; unknown keys are ignored.</summary>");
        w.Doc("<param name=\"parsed\">The parsed structure, keyed by model member name.</param>");
        if (spec.Members.Count == 0)
        {
            w.Line($"public static {spec.TypeName} FromParsed({names["IReadOnlyDictionary"]}<string, object?> parsed) => new();");
        }
        else
        {
            w.Line($"public static {spec.TypeName} FromParsed({names["IReadOnlyDictionary"]}<string, object?> parsed) => new()");
            w.Line("{");
            w.Indent();
            foreach (var member in spec.Members)
            {
                var read = Conversions.Read(member.Value, $"parsed.GetValueOrDefault({ModelBuilder.Literal(member.WireName)})", shapeValues);
                w.Line($"{member.PropertyName} = {read},");
            }
            w.Outdent();
            w.Line("};");
        }
        w.Close();
    }
}
