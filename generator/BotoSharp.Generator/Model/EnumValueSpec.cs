namespace BotoSharp.Generator.Model;

/// <summary>One known value of an open enum.</summary>
internal sealed record EnumValueSpec(string Name, string Value);
