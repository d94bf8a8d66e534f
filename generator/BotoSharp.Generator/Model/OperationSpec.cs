namespace BotoSharp.Generator.Model;

/// <summary>An operation: its method, its static metadata (a field built on first use through its property) and its documentation.</summary>
internal sealed record OperationSpec(
    string Name,
    string MethodName,
    string MetadataField,
    string MetadataProperty,
    EquatableArray<string> Docs,
    string? Obsolete,
    string? InputType,
    string OutputType,
    bool HasParameterlessOverload,
    bool HasPresignOverload,
    EquatableArray<string> ErrorTypes,
    EquatableArray<MetadataEntry> Metadata);
