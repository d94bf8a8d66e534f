using BotoSharp.Events;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>_resolve_endpoint_ruleset</c>: <c>before-endpoint-resolution</c>, then the rule set, which also
/// records the auth scheme's signing context; a client without a rule set uses its legacy endpoint URL.
/// </summary>
internal sealed class EndpointStage : CallStage
{
    private static readonly IReadOnlyDictionary<string, string> s_noHeaders = new Dictionary<string, string>();

    private readonly RulesetEndpointResolver? _resolver;
    private readonly IEventHooks _events;
    private readonly string _eventServiceId;
    private readonly string _endpointUrl;

    public EndpointStage(RulesetEndpointResolver? resolver, IEventHooks events, string eventServiceId, string endpointUrl)
    {
        _resolver = resolver;
        _events = events;
        _eventServiceId = eventServiceId;
        _endpointUrl = endpointUrl;
    }

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        call.Endpoint = Resolve(call);
        return ValueTask.CompletedTask;
    }

    /// <summary>Resolves the endpoint for <paramref name="call"/> (also used by presigning).</summary>
    public ResolvedEndpointForCall Resolve(ApiCall call) =>
        _resolver?.Resolve(call.Operation, call.Parameters, call.Context, _events, _eventServiceId)
            ?? new ResolvedEndpointForCall(_endpointUrl, s_noHeaders, null);
}
