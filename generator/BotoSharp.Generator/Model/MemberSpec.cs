namespace BotoSharp.Generator.Model;

/// <summary>A property of a structure or exception.</summary>
internal sealed record MemberSpec(string PropertyName, string WireName, EquatableArray<string> Docs, string? Obsolete, bool Required, ValueSpec Value);
