namespace BotoSharp.Generator.Model;

// The Model stage's output: everything the emitter prints, every C# name already decided, no locations.

/// <summary>How a member's value converts to and from the runtime value convention.</summary>
internal enum ValueKind
{
    String,
    Enum,
    Int32,
    Int64,
    Single,
    Double,
    Boolean,
    Timestamp,
    Blob,
    Stream,
    Document,
    Structure,
    List,
    Map,
}

/// <summary>A member's C# type (<see cref="TypeName"/>, without the trailing <c>?</c>) and its element for lists and maps.</summary>
internal sealed record ValueSpec(ValueKind Kind, string TypeName, ValueSpec? Element)
{
    /// <summary>Value types need <c>GetValueOrDefault()</c> where a collection element must not be null.</summary>
    public bool IsValueType => Kind is ValueKind.Enum or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Single
        or ValueKind.Double or ValueKind.Boolean or ValueKind.Timestamp;
}

/// <summary>A property of a structure or exception.</summary>
internal sealed record MemberSpec(string PropertyName, string WireName, EquatableArray<string> Docs, string? Obsolete, bool Required, ValueSpec Value);

/// <summary>A structure shape (request, response or nested), or a union.</summary>
internal sealed record StructureSpec(string TypeName, string ShapeName, EquatableArray<string> Docs, string? Obsolete, bool IsUnion, EquatableArray<MemberSpec> Members);

/// <summary>One known value of an open enum.</summary>
internal sealed record EnumValueSpec(string Name, string Value);

/// <summary>A string shape with an <c>enum</c> trait, emitted as a readonly struct over a string.</summary>
internal sealed record EnumSpec(string TypeName, string ShapeName, EquatableArray<string> Docs, string? Obsolete, EquatableArray<EnumValueSpec> Values);

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

/// <summary>An operation: its method, its static metadata and its documentation.</summary>
internal sealed record OperationSpec(
    string Name,
    string MethodName,
    string MetadataField,
    EquatableArray<string> Docs,
    string? Obsolete,
    string? InputType,
    string OutputType,
    bool HasParameterlessOverload,
    EquatableArray<string> ErrorTypes,
    EquatableArray<MetadataEntry> Metadata);

/// <summary>One property of an operation's <c>OperationMetadata</c> initializer, already a C# literal.</summary>
internal sealed record MetadataEntry(string Property, string Literal);

/// <summary>Everything generated for one service.</summary>
internal sealed record ServiceSpec(
    string ServiceName,
    string ApiVersion,
    string Namespace,
    string ClientName,
    string ExceptionsName,
    string RegistrationName,
    string Protocol,
    EquatableArray<string> Docs,
    EquatableArray<string> QualifiedNames,
    EquatableArray<StructureSpec> Structures,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<ErrorSpec> Errors,
    EquatableArray<OperationSpec> Operations,
    string CompactService,
    string? CompactPaginators,
    string? CompactWaiters);
