namespace BotoSharp.Generator.Model;

/// <summary>An error shape, emitted as an exception deriving from <c>ClientError</c>.</summary>
/// <remarks>
/// <see cref="OwnsCode"/> is false when a later error shape (in model order) declares the same code: botocore maps a
/// code to the last such shape. <see cref="ExceptionsProperty"/> names its entry on the service's exceptions surface.
/// </remarks>
internal sealed record ErrorSpec(
    string TypeName,
    string ShapeName,
    string Code,
    bool OwnsCode,
    string ExceptionsProperty,
    EquatableArray<string> Docs,
    string? Obsolete,
    EquatableArray<MemberSpec> Members);
