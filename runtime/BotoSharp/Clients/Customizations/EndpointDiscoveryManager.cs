using BotoSharp.Customizations;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Clients.Customizations;

/// <summary>
/// botocore's <c>EndpointDiscoveryManager</c>: the endpoints a service's discovery operation (<c>DescribeEndpoints</c>)
/// returned, cached per discovery key until each one's <c>CachePeriodInMinutes</c> runs out; a failed refresh is not
/// retried for 60 seconds, and meanwhile stale endpoints are used. The lookup is split so the cached case needs no I/O.
/// </summary>
internal sealed class EndpointDiscoveryManager
{
    private static readonly TimeSpan s_failureBackoff = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, List<(string Address, DateTimeOffset Expiration)>> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _failedAttempts = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly ServiceModel _model;
    private readonly bool _alwaysDiscover;
    private readonly TimeProvider _clock;
    private readonly Func<Dictionary<string, object?>, CancellationToken, Task<Dictionary<string, object?>>> _describeEndpoints;

    /// <summary>Creates the manager of one client.</summary>
    /// <param name="model">The service model (its discovery operation and operation traits).</param>
    /// <param name="alwaysDiscover">True when discovery is enabled outright; false (<c>auto</c>) discovers only for operations that require it.</param>
    /// <param name="clock">Expiry time source.</param>
    /// <param name="describeEndpoints">The client's own discovery call with the given parameters.</param>
    public EndpointDiscoveryManager(ServiceModel model, bool alwaysDiscover, TimeProvider clock,
        Func<Dictionary<string, object?>, CancellationToken, Task<Dictionary<string, object?>>> describeEndpoints)
    {
        _model = model;
        _alwaysDiscover = alwaysDiscover;
        _clock = clock;
        _describeEndpoints = describeEndpoints;
    }

    /// <summary>
    /// botocore's <c>describe_endpoint</c>, first half: the address when a live cached endpoint answers (or null when
    /// discovery is skipped for this operation), with <paramref name="needsRefresh"/> false; otherwise
    /// <paramref name="needsRefresh"/> is true and <see cref="DescribeEndpointAfterMissAsync"/> finishes the lookup.
    /// </summary>
    public string? DescribeEndpointCached(string operation, IReadOnlyDictionary<string, object?> identifiers, out bool needsRefresh)
    {
        needsRefresh = false;
        if (!_alwaysDiscover && !DiscoveryRequiredFor(operation))
        {
            return null;    // discovery runs only for the operations that require it
        }
        lock (_gate)
        {
            if (Current(Key(operation, identifiers)) is { Count: > 0 } live)
            {
                return live[0].Address;
            }
        }
        needsRefresh = true;
        return null;
    }

    /// <summary>botocore's <c>describe_endpoint</c> after a cache miss: refresh, else stale entries, else fail or go without.</summary>
    /// <exception cref="EndpointDiscoveryRefreshFailed">The operation requires discovery and no endpoint could be found.</exception>
    public async Task<string?> DescribeEndpointAfterMissAsync(string operation, IReadOnlyDictionary<string, object?> identifiers, CancellationToken cancellationToken)
    {
        var key = Key(operation, identifiers);
        var recentlyFailed = RecentlyFailed(key);
        if (!recentlyFailed && await RefreshAsync(operation, identifiers, cancellationToken).ConfigureAwait(false) is { Count: > 0 } fresh)
        {
            return fresh[0].Address;
        }
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var stale) && stale.Count > 0)
            {
                return stale[0].Address;    // discovery is failing: stale endpoints beat none
            }
        }
        if (!DiscoveryRequiredFor(operation))
        {
            return null;    // optional discovery: the default endpoint will do
        }
        if (recentlyFailed && await RefreshAsync(operation, identifiers, cancellationToken).ConfigureAwait(false) is { Count: > 0 } retried)
        {
            return retried[0].Address;
        }
        throw new EndpointDiscoveryRefreshFailed();
    }

    /// <summary>botocore's <c>delete_endpoints</c>: forgets the endpoints of this key, so the next attempt discovers again.</summary>
    public void DeleteEndpoints(string operation, IReadOnlyDictionary<string, object?> identifiers)
    {
        lock (_gate)
        {
            _cache.Remove(Key(operation, identifiers));
        }
    }

    private async Task<List<(string Address, DateTimeOffset Expiration)>?> RefreshAsync(string operation, IReadOnlyDictionary<string, object?> identifiers,
        CancellationToken cancellationToken)
    {
        var key = Key(operation, identifiers);
        Dictionary<string, object?> response;
        try
        {
            response = await _describeEndpoints(DiscoveryParameters(operation, identifiers), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is ConnectionError or HTTPClientError)
        {
            lock (_gate)
            {
                _failedAttempts[key] = _clock.GetUtcNow() + s_failureBackoff;
            }
            return null;
        }
        // botocore fails with a KeyError on an answer without Endpoints; a typed error says the same thing.
        if (response.Get("Endpoints") is not IEnumerable<object?> answered)
        {
            throw new ResponseParserError($"The {_model.EndpointDiscoveryOperation!.Name} response has no Endpoints.");
        }
        var now = _clock.GetUtcNow();
        var endpoints = answered.Cast<IReadOnlyDictionary<string, object?>>()
            .Select(e => ((string)e["Address"]!, now + TimeSpan.FromMinutes(Convert.ToDouble(e["CachePeriodInMinutes"], System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        lock (_gate)
        {
            _cache[key] = endpoints;
            _failedAttempts.Remove(key);
        }
        return endpoints;
    }

    private List<(string Address, DateTimeOffset Expiration)>? Current(string key)
    {
        if (!_cache.TryGetValue(key, out var endpoints))
        {
            return null;
        }
        var now = _clock.GetUtcNow();
        return endpoints.Where(e => now < e.Expiration).ToList();
    }

    private bool RecentlyFailed(string key)
    {
        lock (_gate)
        {
            if (_failedAttempts.TryGetValue(key, out var until))
            {
                if (_clock.GetUtcNow() < until)
                {
                    return true;
                }
                _failedAttempts.Remove(key);
            }
            return false;
        }
    }

    private bool DiscoveryRequiredFor(string operation) =>
        _model.OperationNames.Contains(operation)
        && _model.OperationModel(operation).EndpointDiscovery?["required"] is System.Text.Json.Nodes.JsonValue value
        && value.TryGetValue<bool>(out var required) && required;

    // botocore's discovery_operation_kwargs: Operation and Identifiers go only with identifiers, and only keys the
    // discovery operation's input has.
    private Dictionary<string, object?> DiscoveryParameters(string operation, IReadOnlyDictionary<string, object?> identifiers)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var inputKeys = _model.EndpointDiscoveryOperation?.InputShape?.Members.Keys.ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>();
        if (identifiers.Count > 0)
        {
            if (inputKeys.Contains("Operation"))
            {
                parameters["Operation"] = operation;
            }
            if (inputKeys.Contains("Identifiers"))
            {
                parameters["Identifiers"] = new Dictionary<string, object?>(identifiers, StringComparer.Ordinal);
            }
        }
        return parameters;
    }

    // botocore's _create_cache_key: the discovery parameters' values in key order, a dict as its sorted items.
    private string Key(string operation, IReadOnlyDictionary<string, object?> identifiers) =>
        string.Join("\u001f", DiscoveryParameters(operation, identifiers).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value switch
        {
            IReadOnlyDictionary<string, object?> map => string.Join("\u001e", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}")),
            var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        }));
}
