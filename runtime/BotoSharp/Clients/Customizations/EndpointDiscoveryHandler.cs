using BotoSharp.Customizations;
using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Models;

namespace BotoSharp.Clients.Customizations;

/// <summary>
/// botocore's <c>EndpointDiscoveryHandler</c> and <c>block_endpoint_discovery_required_operations</c>, registered on a
/// client's own emitter by <c>_register_endpoint_discovery</c>: for a service with a discovery operation and no
/// custom endpoint, either discovery is on (the request goes to a discovered endpoint, rediscovered after a 421 or
/// InvalidEndpointException) or an operation that requires it raises <c>EndpointDiscoveryRequired</c>.
/// </summary>
internal sealed class EndpointDiscoveryHandler
{
    private readonly EndpointDiscoveryManager _manager;

    private EndpointDiscoveryHandler(EndpointDiscoveryManager manager) => _manager = manager;

    /// <summary>
    /// botocore's <c>_register_endpoint_discovery</c>: nothing with a custom endpoint or without a discovery operation;
    /// the handler when discovery is enabled (true, or <c>auto</c> and some operation requires discovery); else the blocker.
    /// </summary>
    public static void Register(IEventHooks events, ServiceModel model, string eventServiceId, string? customEndpointUrl, Func<object> resolveEnabled,
        TimeProvider clock, Func<Dictionary<string, object?>, CancellationToken, Task<Dictionary<string, object?>>> describeEndpoints)
    {
        if (customEndpointUrl is not null || model.EndpointDiscoveryOperation is null)
        {
            return;
        }
        // Read (and validated) only here, as botocore reads endpoint_discovery_enabled after these early returns.
        var enabled = resolveEnabled();
        var on = enabled is true || (enabled is "auto" && model.EndpointDiscoveryRequired);
        if (!on)
        {
            events.Register("before-parameter-build", BlockEndpointDiscoveryRequiredOperations);
            return;
        }
        var handler = new EndpointDiscoveryHandler(new EndpointDiscoveryManager(model, alwaysDiscover: enabled is true, clock, describeEndpoints));
        events.Register($"before-parameter-build.{eventServiceId}", handler.GatherIdentifiers);
        events.RegisterFirst($"request-created.{eventServiceId}", handler.DiscoverEndpoint);
        events.Register($"needs-retry.{eventServiceId}", handler.HandleRetries);
    }

    internal static object? BlockEndpointDiscoveryRequiredOperations(IDictionary<string, object?> kwargs)
    {
        if (HandlerArgs.Model(kwargs).EndpointDiscovery?["required"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<bool>(out var required) && required)
        {
            throw new Errors.EndpointDiscoveryRequired();
        }
        return null;
    }

    // gather_identifiers: the input members marked endpointdiscoveryid, for operations with the endpointdiscovery trait.
    internal object? GatherIdentifiers(IDictionary<string, object?> kwargs)
    {
        var model = HandlerArgs.Model(kwargs);
        if (model.EndpointDiscovery is null)
        {
            return null;
        }
        var identifiers = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (model.InputShape is { } input)
        {
            GatherIds(input, HandlerArgs.ApiParams(kwargs), identifiers);
        }
        HandlerArgs.Context(kwargs)!["discovery"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["identifiers"] = identifiers };
        return null;
    }

    private static void GatherIds(StructureShape shape, IDictionary<string, object?> parameters, Dictionary<string, object?> identifiers)
    {
        foreach (var (name, member) in shape.Members)
        {
            if (member.Metadata.ContainsKey("endpointdiscoveryid"))
            {
                identifiers[name] = parameters.Get(name);
            }
            else if (member is StructureShape nested && parameters.Get(name) is IDictionary<string, object?> value)
            {
                GatherIds(nested, value, identifiers);
            }
        }
    }

    // discover_endpoint (request-created, first): the request goes to the discovered endpoint; a cache miss needs the
    // discovery call, which the sign stage awaits in this handler's place.
    private object? DiscoverEndpoint(IDictionary<string, object?> kwargs)
    {
        var request = (AwsRequest)kwargs["request"]!;
        if (Identifiers(request.Context) is not { } identifiers)
        {
            return null;
        }
        var operation = (string)kwargs["operation_name"]!;
        var cached = _manager.DescribeEndpointCached(operation, identifiers, out var needsRefresh);
        if (!needsRefresh)
        {
            Inject(request, cached);
            return null;
        }
        return new DeferredHandlerResponse(async cancellationToken =>
        {
            Inject(request, await _manager.DescribeEndpointAfterMissAsync(operation, identifiers, cancellationToken).ConfigureAwait(false));
            return null;
        });
    }

    private static void Inject(AwsRequest request, string? endpoint)
    {
        if (endpoint is null)
        {
            return;     // discovery gave nothing: the default endpoint stays
        }
        request.Url = endpoint.StartsWith("http", StringComparison.Ordinal) ? endpoint : "https://" + endpoint;
    }

    // handle_retries: a 421 or InvalidEndpointException forgets the cached endpoints and retries at once.
    internal object? HandleRetries(IDictionary<string, object?> kwargs)
    {
        if (kwargs.Get("response") is not ValueTuple<AwsResponse, Dictionary<string, object?>> (_, var parsed))
        {
            return null;
        }
        var status = (parsed.Get("ResponseMetadata") as IDictionary<string, object?>)?.Get("HTTPStatusCode");
        var code = (parsed.Get("Error") as IDictionary<string, object?>)?.Get("Code");
        if (!Equals(status, 421L) && !Equals(code, "InvalidEndpointException"))
        {
            return null;
        }
        if (Identifiers(((AwsRequest)kwargs["request_dict"]!).Context) is not { } identifiers)
        {
            return null;
        }
        _manager.DeleteEndpoints(((OperationModel)kwargs["operation"]!).Name, identifiers);
        return 0;
    }

    private static IReadOnlyDictionary<string, object?>? Identifiers(IDictionary<string, object?> context) =>
        (context.Get("discovery") as IDictionary<string, object?>)?.Get("identifiers") as IReadOnlyDictionary<string, object?>;
}
