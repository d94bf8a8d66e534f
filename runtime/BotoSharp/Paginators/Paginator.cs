using System.Globalization;
using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.JmesPath;
using BotoSharp.Models;

namespace BotoSharp.Paginators;

/// <summary>
/// botocore's <c>Paginator</c>: one operation's paginator configuration (<c>input_token</c>, <c>output_token</c>,
/// <c>result_key</c>, <c>limit_key</c>, <c>more_results</c>, <c>non_aggregate_keys</c>), ready to
/// <see cref="Paginate"/>.
/// </summary>
public sealed class Paginator
{
    private readonly Func<Dictionary<string, object?>, CancellationToken, Task<Dictionary<string, object?>>> _call;
    private readonly OperationModel _operation;

    /// <summary>Creates a paginator over <paramref name="call"/>, which performs the operation once.</summary>
    public Paginator(Func<Dictionary<string, object?>, CancellationToken, Task<Dictionary<string, object?>>> call, JsonObject config, OperationModel operation)
    {
        ArgumentNullException.ThrowIfNull(config);
        _call = call ?? throw new ArgumentNullException(nameof(call));
        _operation = operation ?? throw new ArgumentNullException(nameof(operation));
        OutputTokens = Strings(config["output_token"]).Select(JmesPathExpression.Compile).ToList();
        InputTokens = Strings(config["input_token"]);
        MoreResults = config["more_results"] is JsonValue more ? JmesPathExpression.Compile(more.GetValue<string>()) : null;
        NonAggregateKeys = Strings(config["non_aggregate_keys"]).Select(JmesPathExpression.Compile).ToList();
        ResultKeys = config["result_key"] is null ? Array.Empty<JmesPathExpression>() : Strings(config["result_key"]).Select(JmesPathExpression.Compile).ToList();
        LimitKey = config["limit_key"] is JsonValue limit ? limit.GetValue<string>() : null;
    }

    /// <summary>The compiled <c>result_key</c> expressions, the first being the one MaxItems counts.</summary>
    public IReadOnlyList<JmesPathExpression> ResultKeys { get; }

    /// <summary>The input members the tokens are sent as.</summary>
    public IReadOnlyList<string> InputTokens { get; }

    /// <summary>The compiled <c>output_token</c> expressions.</summary>
    public IReadOnlyList<JmesPathExpression> OutputTokens { get; }

    /// <summary>The compiled <c>more_results</c> expression, or null.</summary>
    public JmesPathExpression? MoreResults { get; }

    /// <summary>The compiled <c>non_aggregate_keys</c>.</summary>
    public IReadOnlyList<JmesPathExpression> NonAggregateKeys { get; }

    /// <summary>The input member that limits a page, or null.</summary>
    public string? LimitKey { get; }

    /// <summary>botocore's <c>paginate(**kwargs)</c>: the pages of the operation with <paramref name="parameters"/>.</summary>
    /// <exception cref="PaginationError">A page size was asked for but the operation has no limit key.</exception>
    public PageIterator Paginate(IDictionary<string, object?>? parameters = null, PaginationConfig? config = null)
    {
        object? pageSize = null;
        if (config?.PageSize is int size)
        {
            if (LimitKey is null)
            {
                throw new PaginationError("PageSize parameter is not supported for the pagination interface for this operation.");
            }
            var shape = _operation.InputShape?.Members.GetValueOrDefault(LimitKey);
            pageSize = shape?.TypeName == "string" ? size.ToString(CultureInfo.InvariantCulture) : (long)size;
        }
        var kwargs = parameters is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
        return new PageIterator(this, _call, kwargs, config?.MaxItems, config?.StartingToken, pageSize);
    }

    private static List<string> Strings(JsonNode? node) => node switch
    {
        null => new List<string>(),
        JsonArray array => array.Select(n => n!.GetValue<string>()).ToList(),
        _ => new List<string> { node.GetValue<string>() },
    };
}
