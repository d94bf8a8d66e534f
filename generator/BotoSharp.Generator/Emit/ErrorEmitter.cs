using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>Prints an error shape as an exception deriving from <c>ClientError</c> with its modeled members.</summary>
internal static class ErrorEmitter
{
    public static void Emit(CodeWriter w, ErrorSpec spec, ExternalNames names)
    {
        var dictionary = names["IReadOnlyDictionary"];
        w.Summary(spec.Docs);
        w.Obsolete(spec.Obsolete, names["Obsolete"]);
        w.Open($"public partial class {spec.TypeName} : {names["ClientError"]}");
        w.Doc($"<summary>Creates the error from the parsed error response (error code <c>{Documentation.Escape(spec.Code)}</c>).</summary>");
        w.Doc("<param name=\"response\">The parsed error response, botocore-shaped; modeled members are read from its top level.</param>");
        w.Doc("<param name=\"operationName\">The operation that failed.</param>");
        w.Line($"public {spec.TypeName}({dictionary}<string, object?> response, string operationName)");
        w.Line("    : base(response, operationName)");
        w.Line("{");
        w.Indent();
        foreach (var member in spec.Members)
        {
            var read = Conversions.Read(member.Value, $"response.GetValueOrDefault({ModelBuilder.Literal(member.WireName)})", names["ShapeValues"]);
            w.Line($"{member.PropertyName} = {read};");
        }
        w.Close();
        foreach (var member in spec.Members)
        {
            w.Line();
            w.Summary(member.Docs);
            w.Obsolete(member.Obsolete, names["Obsolete"]);
            w.Line($"public {member.Value.TypeName}? {member.PropertyName} {{ get; }}");
        }
        w.Close();
    }
}
