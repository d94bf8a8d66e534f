using System;
using System.Text;
using BotoSharp.Generator.Model;
using Scriban.Runtime;

namespace BotoSharp.Generator.Emit;

/// <summary>
/// The formatting helpers templates call. They only format values the spec already decided: doc comments, string
/// literals, XML escaping and the member conversion expressions. Built once and shared read-only by every render.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>The template-visible functions (no Scriban builtins: the templates only print).</summary>
    public static ScriptObject Functions { get; } = Create();

    private static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("summary", new Func<EquatableArray<string>, string, string>(Summary));
        functions.Import("obsolete", new Func<string?, string, string, string>(Obsolete));
        functions.Import("literal", new Func<string, string>(ModelBuilder.Literal));
        functions.Import("escape", new Func<string, string>(Documentation.Escape));
        functions.Import("read_member", new Func<ValueSpec, string, string, string, string>(ReadMember));
        functions.Import("write_member", new Func<MemberSpec, string, string>(WriteMember));
        functions.Import("read_typed", new Func<ValueSpec, string, string, string>((value, reader, existing) => TypedReads.Read(value, reader, existing)));
        functions.Import("write_typed", new Func<MemberSpec, string>(TypedWrites.Member));
        functions.Import("pagination_plan", new Func<PaginatorSpec, string, string, string>(PaginationPlans.Plan));
        functions.Import("paging_copies", new Func<EquatableArray<PaginatorSpec>, string>(PaginationPlans.Copies));
        return functions;
    }

    /// <summary>A <c>&lt;summary&gt;</c> block over already-converted doc lines, each line ending in <c>\n</c>.</summary>
    public static string Summary(EquatableArray<string> lines, string indent)
    {
        if (lines.Count == 1 && lines[0].Length < 100)
        {
            return indent + "/// <summary>" + lines[0] + "</summary>\n";
        }
        var builder = new StringBuilder();
        builder.Append(indent).Append("/// <summary>\n");
        foreach (var line in lines)
        {
            builder.Append(indent).Append("/// ").Append(line).Append('\n');
        }
        return builder.Append(indent).Append("/// </summary>\n").ToString();
    }

    /// <summary>An <c>[Obsolete]</c> attribute line when <paramref name="message"/> is not null; otherwise nothing.</summary>
    public static string Obsolete(string? message, string attributeName, string indent) =>
        message is null
            ? string.Empty
            : message.Length == 0
                ? $"{indent}[{attributeName}]\n"
                : $"{indent}[{attributeName}({ModelBuilder.Literal(message)})]\n";

    /// <summary>Reads the member <paramref name="wireName"/> of the dictionary <paramref name="source"/> as its typed value.</summary>
    public static string ReadMember(ValueSpec value, string source, string wireName, string shapeValues) =>
        Conversions.Read(value, $"{source}.GetValueOrDefault({ModelBuilder.Literal(wireName)})", shapeValues);

    /// <summary>Converts the (checked non-null) property of <paramref name="member"/> to the runtime value convention.</summary>
    public static string WriteMember(MemberSpec member, string shapeValues) =>
        Conversions.Write(member.Value, member.Value.IsValueType ? member.PropertyName + ".Value" : member.PropertyName, shapeValues);
}
