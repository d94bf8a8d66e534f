namespace BotoSharp.Generator.Model;

/// <summary>A typed paginator: a method of the service's paginators class that pages one operation.</summary>
internal sealed record PaginatorSpec(
    string MethodName,
    string OperationName,
    string? InputType,
    string OutputType,
    string? Obsolete);
