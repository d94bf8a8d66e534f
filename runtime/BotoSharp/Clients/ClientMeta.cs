using BotoSharp.Configuration;
using BotoSharp.Events;
using BotoSharp.Models;

namespace BotoSharp.Clients;

/// <summary>botocore's <c>client.meta</c>: what a client was built from, fixed at creation.</summary>
public sealed class ClientMeta
{
    /// <summary>The service model the client serializes and parses with.</summary>
    public required ServiceModel ServiceModel { get; init; }

    /// <summary>The client's region (<c>client.meta.region_name</c>), after legacy endpoint resolution.</summary>
    public required string? RegionName { get; init; }

    /// <summary>The endpoint URL from legacy resolution or configuration (<c>client.meta.endpoint_url</c>); calls may
    /// still go elsewhere when the rule set says so.</summary>
    public required string EndpointUrl { get; init; }

    /// <summary>The final configuration: every option resolved from the arguments, the session and the config store.</summary>
    public required ClientConfig Config { get; init; }

    /// <summary>The client's own copy of the session's emitter: registrations here never reach the session.</summary>
    public required IEventHooks Events { get; init; }

    /// <summary>The partition of the legacy endpoint (<c>aws</c>, <c>aws-cn</c>…), or null when none matched.</summary>
    public required string? Partition { get; init; }

    /// <summary>The clock the client signs with and waits on (the session's <see cref="Session.TimeProvider"/>).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The service name the client was created for (<c>s3</c>, <c>dynamodb</c>…).</summary>
    public string ServiceName => ServiceModel.ServiceName;

    /// <summary>botocore's hyphenized service id used in event names (<c>s3</c>, <c>dynamodb</c>, <c>cloudwatch-logs</c>…).</summary>
    public string EventServiceId => _eventServiceId ??= ServiceModel.EventServiceId;

    /// <summary>Where the paginator and waiter models are loaded from; null for a meta made without models.</summary>
    internal OptionalModelSource? OptionalModels { get; init; }

    /// <summary>The service's paginators-1 model, loaded on first use (null when the service has none).</summary>
    internal Lazy<PaginatorModel?> Paginators => _paginators ?? LazyInitializer.EnsureInitialized(ref _paginators,
        () => OptionalModels is { } source ? new(() => source.Load("paginators-1") is { } p ? new PaginatorModel(p) : null) : s_noPaginators);

    /// <summary>The service's waiters-2 model, loaded on first use (null when the service has none).</summary>
    internal Lazy<WaiterModel?> Waiters => _waiters ?? LazyInitializer.EnsureInitialized(ref _waiters,
        () => OptionalModels is { } source ? new(() => source.Load("waiters-2") is { } w ? new WaiterModel(w) : null) : s_noWaiters);

    // The Lazy objects are made on first use: most clients never paginate or wait, and each client made four objects
    // and three delegates for them.
    private Lazy<PaginatorModel?>? _paginators;
    private Lazy<WaiterModel?>? _waiters;

    // The models of a meta made without a source (already-made nulls, shared).
    private static readonly Lazy<PaginatorModel?> s_noPaginators = new((PaginatorModel?)null);
    private static readonly Lazy<WaiterModel?> s_noWaiters = new((WaiterModel?)null);

    // Read on every call and every event name; the service model is fixed for the client's lifetime.
    private string? _eventServiceId;
}
