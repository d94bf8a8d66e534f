namespace BotoSharp.Generator.Model;

/// <summary>
/// A typed paginator: a method of the service's paginators class that pages one operation. When the paginator's
/// primary result key is a plain name of a list of the output, <see cref="ItemsProperty"/> is that list's property
/// and <see cref="ItemType"/> its element type, and the pages also stream their items. <see cref="Plan"/> is the
/// paginator compiled to member access, or null when an expression needs the runtime JMESPath engine.
/// </summary>
internal sealed record PaginatorSpec(
    string MethodName,
    string OperationName,
    string? InputType,
    string OutputType,
    string? Obsolete,
    string? ItemsProperty,
    string? ItemType,
    PaginationPlanSpec? Plan);
