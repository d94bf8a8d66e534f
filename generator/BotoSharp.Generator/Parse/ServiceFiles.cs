namespace BotoSharp.Generator.Parse;

/// <summary>The files of one service and API version, grouped as botocore's loader groups them.</summary>
internal sealed record ServiceFiles(
    string ServiceName,
    string ApiVersion,
    ModelFile Service,
    ModelFile? ServiceExtras,
    ModelFile? Paginators,
    ModelFile? PaginatorsExtras,
    ModelFile? Waiters,
    ModelFile? WaitersExtras,
    ModelFile? EndpointRuleSet = null);
