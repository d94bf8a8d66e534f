namespace BotoSharp.Generator.Model;

/// <summary>A string shape with an <c>enum</c> trait, emitted as a readonly struct over a string.</summary>
internal sealed record EnumSpec(string TypeName, string ShapeName, EquatableArray<string> Docs, string? Obsolete, EquatableArray<EnumValueSpec> Values);
