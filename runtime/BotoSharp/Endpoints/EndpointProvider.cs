using BotoSharp.Endpoints.Library;
using BotoSharp.Endpoints.Rules;
using BotoSharp.Errors;
using Microsoft.Extensions.Logging;

namespace BotoSharp.Endpoints;

/// <summary>
/// botocore's <c>EndpointProvider</c>: evaluates a service's <c>endpoint-rule-set-1.json</c> for a set of
/// parameters. The rule set is parsed once into an immutable tree; results are cached per parameter set (LRU,
/// 100 entries, as botocore). Thread-safe.
/// </summary>
public sealed class EndpointProvider
{
    private const int CacheSize = 100;

    private readonly RuleSet _ruleSet;
    private readonly EndpointCache _cache = new(CacheSize);
    private readonly ILogger? _logger;

    /// <summary>Parses the rule set and the partitions document (<c>partitions.json</c>).</summary>
    /// <exception cref="EndpointResolutionError">A rule or parameter type is unknown, or the JSON is malformed.</exception>
    public EndpointProvider(string ruleSetJson, string partitionsJson)
        : this(ruleSetJson, partitionsJson, null)
    {
    }

    /// <summary>As the two-argument constructor, logging parameter deprecations to <paramref name="logger"/>.</summary>
    public EndpointProvider(string ruleSetJson, string partitionsJson, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(ruleSetJson);
        ArgumentNullException.ThrowIfNull(partitionsJson);
        _ruleSet = RuleSetParser.Parse(ruleSetJson, PartitionTable.Parse(partitionsJson));
        _logger = logger;
    }

    /// <summary>Over a parsed rule set document and the process-wide partitions (no text round trip).</summary>
    internal EndpointProvider(System.Text.Json.JsonElement ruleSet)
    {
        _ruleSet = RuleSetParser.Parse(ruleSet, PartitionTable.Builtin);
    }

    /// <summary>The rule set's parameter definitions, in the rule set's order.</summary>
    public IReadOnlyList<EndpointParameterDefinition> Parameters => _ruleSet.Parameters;

    /// <summary>The rule set's <c>version</c>.</summary>
    public string? RuleSetVersion => _ruleSet.Version;

    /// <summary>
    /// Resolves the endpoint for <paramref name="parameters"/> (values: <see cref="string"/>, <see cref="bool"/>,
    /// a list of strings, or null for unset). Names the rule set does not define are kept in scope, as botocore does.
    /// </summary>
    /// <exception cref="EndpointResolutionError">
    /// An error rule matched (its message), no rule matched ("No endpoint found for parameters:…"), a required
    /// parameter is missing, or a value has the wrong type.
    /// </exception>
    public ResolvedEndpoint ResolveEndpoint(IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var key = new EndpointCacheKey(parameters);
        if (_cache.TryGet(key, out var cached))
        {
            return cached;
        }
        var result = _ruleSet.Evaluate(parameters, _logger);
        _cache.Add(key, result);
        return result;
    }
}
