namespace BotoSharp.Generator.Model;

/// <summary>A property of a structure or exception.</summary>
/// <remarks>
/// <see cref="Required"/> is the model's trait; <see cref="CompilerRequired"/> is whether the property is C#
/// <c>required</c>: required, not deprecated, in a structure a request can contain (where botocore validates it).
/// </remarks>
internal sealed record MemberSpec(string PropertyName, string WireName, EquatableArray<string> Docs, string? Obsolete, bool Required, bool CompilerRequired, ValueSpec Value);
