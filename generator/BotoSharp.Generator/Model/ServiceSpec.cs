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
    string? CompactEndpointRuleSet);
