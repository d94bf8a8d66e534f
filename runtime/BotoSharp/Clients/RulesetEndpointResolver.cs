using System.Collections.Concurrent;
using BotoSharp.Endpoints;
using BotoSharp.Errors;
using BotoSharp.Events;
using BotoSharp.Models;

namespace BotoSharp.Clients;

/// <summary>
/// botocore's <c>EndpointRulesetResolver</c> for one client: per call, builds the rule-set parameters (static context
/// → context params → operation context params → client context → builtins after <c>before-endpoint-resolution</c> →
/// defaults), resolves them through the cached <see cref="EndpointProvider"/>, and picks the auth scheme.
/// </summary>
internal sealed class RulesetEndpointResolver
{
    private readonly EndpointProvider _provider;
    // Never changed once the client is made (handlers get a copy), so plans keep its entries (EndpointParameterPlan).
    private readonly IReadOnlyDictionary<string, object?> _builtIns;
    private readonly IReadOnlyDictionary<string, object?> _clientContext;
    private readonly bool _useSsl;
    private readonly string? _requestedSignatureVersion;
    private readonly string? _authSchemePreference;
    // Made on the first call, not at creation (a client that never calls pays nothing for it).
    private ConcurrentDictionary<string, EndpointParameterPlan>? _plans;
    // The last operation's plan: a client mostly calls one operation again, found by reference without hashing its name.
    private EndpointParameterPlan? _lastPlan;
    private string? _beforeResolution;

    public RulesetEndpointResolver(EndpointProvider provider, IReadOnlyDictionary<string, object?> builtIns, IReadOnlyDictionary<string, object?> clientContext,
        bool useSsl, string? requestedSignatureVersion, string? authSchemePreference)
    {
        _provider = provider;
        _builtIns = builtIns;
        _clientContext = clientContext;
        _useSsl = useSsl;
        _requestedSignatureVersion = requestedSignatureVersion;
        _authSchemePreference = authSchemePreference;
    }

    /// <summary>The builtin values this client resolves with (before per-call handlers mutate a copy).</summary>
    public IReadOnlyDictionary<string, object?> BuiltIns => _builtIns;

    /// <summary>Resolves the endpoint for one call and records the signing context in <paramref name="context"/>.</summary>
    public ResolvedEndpointForCall Resolve(OperationModel operation, IDictionary<string, object?> callArgs, IDictionary<string, object?> context,
        IEventHooks events, string eventServiceId)
    {
        var resolved = ResolveOnly(operation, callArgs, context, events, eventServiceId, out var properties);
        if (resolved.Auth is { } auth)
        {
            context["auth_type"] = auth.AuthType;
            if (context.TryGetValue("signing", out var earlier) && earlier is IDictionary<string, object?> signing)
            {
                // botocore updates a signing context an earlier handler set (request_context['signing'].update(...)).
                foreach (var (key, value) in auth.SigningContext)
                {
                    signing[key] = value;
                }
            }
            else
            {
                // SigningContext builds a new dictionary on every read: this call's own, for handlers to change.
                context["signing"] = auth.SigningContext as Dictionary<string, object?> ?? new Dictionary<string, object?>(auth.SigningContext, StringComparer.Ordinal);
            }
        }
        context["endpoint_properties"] = properties;
        return resolved;
    }

    /// <summary>
    /// botocore's <c>construct_endpoint</c>: resolves (emitting <c>before-endpoint-resolution</c> with
    /// <paramref name="context"/>) without writing the result into the context; the S3 region redirector merges it itself.
    /// </summary>
    public ResolvedEndpointForCall ResolveOnly(OperationModel operation, IDictionary<string, object?> callArgs, IDictionary<string, object?> context,
        IEventHooks events, string eventServiceId) => ResolveOnly(operation, callArgs, context, events, eventServiceId, out _);

    private ResolvedEndpointForCall ResolveOnly(OperationModel operation, IDictionary<string, object?> callArgs, IDictionary<string, object?> context,
        IEventHooks events, string eventServiceId, out IReadOnlyDictionary<string, object?> properties)
    {
        var eventName = _beforeResolution ??= $"before-endpoint-resolution.{eventServiceId}";
        // Handlers get a copy they may change; with no handler the client's own values are read as they are.
        var builtIns = _builtIns;
        if (events.HasHandlers(eventName))
        {
            var copy = EndpointBuiltInMap.MutableCopy(_builtIns);
            events.Emit(eventName, new EmitArguments(4)
            {
                ["builtins"] = copy,
                ["model"] = operation,
                ["params"] = callArgs,
                ["context"] = context,
            });
            builtIns = copy;
        }
        var plan = PlanFor(operation);
        var readOnlyArgs = callArgs as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(callArgs, StringComparer.Ordinal);
        // The parameters live only until the result is known (the provider's cache key and LastParameters copy what
        // they keep), so they are built into the thread's dictionary, given back after a clean resolution.
        var parameters = EndpointParameters.Take();
        plan.BuildInto(parameters, readOnlyArgs, _clientContext, builtIns, builtInsAreFixed: ReferenceEquals(builtIns, _builtIns));
        var forCall = Resolve(operation, parameters, out properties);
        EndpointParameters.Return(parameters);
        return forCall;
    }

    private ResolvedEndpointForCall Resolve(OperationModel operation, Dictionary<string, object?> parameters, out IReadOnlyDictionary<string, object?> properties)
    {
        // The rule set is a pure function of the parameters: the same parameters as the last call's give its result, without
        // building the provider's cache key (sorted, hashed) or taking its lock.
        var known = _lastParameters;
        ResolvedEndpoint endpoint;
        if (known is not null && known.Matches(parameters))
        {
            endpoint = known.Result;
        }
        else
        {
            try
            {
                endpoint = _provider.ResolveEndpoint(parameters);
            }
            catch (EndpointProviderError error) when (EndpointErrorTranslator.Translate(error, operation.ServiceModel.ServiceName, parameters) is { } translated)
            {
                // botocore's construct_endpoint: "raise botocore_exception from ex" for the rule-set messages it knows.
                throw translated;
            }
            _lastParameters = LastParameters.Of(parameters, endpoint);
        }
        properties = endpoint.Properties;
        // The provider's cache hands back the same result object for the same parameters, and what follows depends
        // only on that result (its parameters decided whether Endpoint was given), so the last answer is reused.
        var last = _last;
        if (last is not null && ReferenceEquals(last.Source, endpoint))
        {
            return last.ForCall;
        }
        var url = EndpointParameterBuilder.ApplyUseSsl(endpoint.Url, _useSsl, parameters);
        AuthSchemeSelection? auth = null;
        if (endpoint.AuthSchemes.Count > 0)
        {
            auth = AuthSchemeSelector.Select(endpoint.AuthSchemes, _requestedSignatureVersion, _authSchemePreference);
        }
        var forCall = new ResolvedEndpointForCall(url, EndpointParameterBuilder.FirstHeaderValues(endpoint), auth);
        _last = new LastResolution(endpoint, forCall);
        return forCall;
    }

    private LastResolution? _last;
    private LastParameters? _lastParameters;

    private sealed record LastResolution(ResolvedEndpoint Source, ResolvedEndpointForCall ForCall);

    private EndpointParameterPlan PlanFor(OperationModel operation)
    {
        if (_lastPlan is { } last && ReferenceEquals(last.Operation, operation))
        {
            return last;
        }
        var table = _plans ?? Plans();
        var plan = table.TryGetValue(operation.Name, out var planned)
            ? planned
            : table.GetOrAdd(operation.Name, static (_, state) => new EndpointParameterPlan(state.Operation, state.Definitions, SourcesFor(state.Operation)), (Definitions: _provider.Parameters, Operation: operation));
        _lastPlan = plan;
        return plan;
    }

    private ConcurrentDictionary<string, EndpointParameterPlan> Plans()
    {
        Interlocked.CompareExchange(ref _plans, new ConcurrentDictionary<string, EndpointParameterPlan>(StringComparer.Ordinal), null);
        return _plans;
    }

    private static EndpointParameterSources SourcesFor(OperationModel operation) => new()
    {
        StaticContextParams = operation.StaticContextParameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal),
        ContextParams = operation.ContextParameters.ToDictionary(p => p.Name, p => p.MemberName, StringComparer.Ordinal),
        OperationContextParams = operation.OperationContextParameters.ToDictionary(p => p.Name, p => p.Path, StringComparer.Ordinal),
        ClientContextParams = operation.ServiceModel.ClientContextParameters.Select(p => p.Name).ToArray(),
    };
}

/// <summary>The endpoint of one call: URL, headers from the rule set, and the chosen auth scheme.</summary>
internal sealed record ResolvedEndpointForCall(string Url, IReadOnlyDictionary<string, string> Headers, AuthSchemeSelection? Auth);
