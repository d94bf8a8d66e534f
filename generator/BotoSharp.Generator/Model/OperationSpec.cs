namespace BotoSharp.Generator.Model;

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
    bool HasPresignOverload,
    EquatableArray<string> ErrorTypes,
    EquatableArray<MetadataEntry> Metadata);
