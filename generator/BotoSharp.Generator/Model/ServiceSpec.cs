namespace BotoSharp.Generator.Model;

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
    string? CompactWaiters,
    string? CompactEndpointRuleSet,
    string PaginatorsName,
    EquatableArray<PaginatorSpec> Paginators,
    string WaitersName,
    EquatableArray<WaiterSpec> Waiters)
{
    /// <summary>Whether the service has typed paginators (and so a <c>Paginators</c> property).</summary>
    public bool HasPaginators => !Paginators.IsEmpty;

    /// <summary>Whether the service has typed waiters (and so a <c>Waiters</c> property).</summary>
    public bool HasWaiters => !Waiters.IsEmpty;
}
