using System.Text.Json.Nodes;

namespace BotoSharp.Models;

/// <summary>
/// botocore's <c>paginate.PaginatorModel</c>: a service's paginators-1 document, giving the raw paginator
/// configuration (<c>input_token</c>, <c>output_token</c>, <c>result_key</c>, <c>limit_key</c>…) per operation.
/// </summary>
public sealed class PaginatorModel
{
    private readonly JsonObject _paginatorConfig;

    /// <summary>Wraps a loaded paginators-1 document.</summary>
    /// <exception cref="Errors.PaginationError">The document has no <c>pagination</c> object.</exception>
    public PaginatorModel(JsonObject paginatorConfig)
    {
        ArgumentNullException.ThrowIfNull(paginatorConfig);
        _paginatorConfig = paginatorConfig["pagination"] as JsonObject
            ?? throw new Errors.PaginationError("The paginator config has no 'pagination' object.");
    }

    /// <summary>The operations that have a paginator, in document order.</summary>
    public IReadOnlyList<string> OperationNames => _paginatorConfig.Select(p => p.Key).ToList();

    /// <summary>Whether <paramref name="operationName"/> has a paginator.</summary>
    public bool HasPaginator(string operationName) => _paginatorConfig.ContainsKey(operationName);

    /// <summary>The raw paginator configuration of one operation (the same object on each call).</summary>
    /// <exception cref="ArgumentException">The operation has no paginator (botocore's <c>ValueError</c>).</exception>
    public JsonObject GetPaginator(string operationName)
    {
        ArgumentNullException.ThrowIfNull(operationName);
        return _paginatorConfig[operationName] as JsonObject
            ?? throw new ArgumentException($"Paginator for operation does not exist: {operationName}", nameof(operationName));
    }
}
