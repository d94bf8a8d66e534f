namespace BotoSharp.Generator.Model;

/// <summary>A structure shape (request, response or nested), or a union.</summary>
internal sealed record StructureSpec(string TypeName, string ShapeName, EquatableArray<string> Docs, string? Obsolete, bool IsUnion, EquatableArray<MemberSpec> Members);
