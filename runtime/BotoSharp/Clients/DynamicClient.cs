using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotoSharp.Clients;

/// <summary>
/// A client built at run time from a model the loader found (no generated code): operations are called by name with
/// botocore-shaped parameters and return the botocore-shaped result, exactly as boto3's
/// <c>client.&lt;operation&gt;(**params)</c>. It shares the protocol code with the typed clients.
/// </summary>
public sealed class DynamicClient : BaseClient
{
    private readonly ClientPipeline _pipeline;

    internal DynamicClient(ClientPipeline pipeline)
        : base(pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>
    /// The dictionary-in, dictionary-out view of any client a session created, over the same pipeline (same
    /// endpoint, credentials and event hooks) — e.g. to call a compiled-in service with botocore-shaped parameters.
    /// </summary>
    /// <exception cref="ArgumentException">The client was not created by a session (a mock or a test pipeline).</exception>
    public static DynamicClient Over(BaseClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client as DynamicClient ?? new DynamicClient(client.SessionPipeline
            ?? throw new ArgumentException("This client was not created by Session.CreateClient.", nameof(client)));
    }

    /// <summary>The operations the model offers.</summary>
    public IReadOnlyList<string> OperationNames => _pipeline.Meta.ServiceModel.OperationNames;

    /// <summary>Calls <paramref name="operationName"/> with botocore-shaped <paramref name="parameters"/>.</summary>
    /// <exception cref="Errors.ClientError">The service answered with an error.</exception>
    /// <exception cref="Errors.OperationNotFoundError">The model has no such operation.</exception>
    public Task<Dictionary<string, object?>> InvokeAsync(string operationName, IDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationName);
        var model = _pipeline.Meta.ServiceModel;
        var operation = model.OperationModel(operationName);
        var values = parameters is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
        return _pipeline.ExecuteAsync(operation, values, cancellationToken);
    }

    /// <summary>Calls <paramref name="operationName"/> with parameters written as a JSON object (numbers, strings, lists, objects).</summary>
    /// <exception cref="ArgumentException">The JSON is not an object.</exception>
    public Task<Dictionary<string, object?>> InvokeAsync(string operationName, string jsonParameters, CancellationToken cancellationToken = default)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(jsonParameters);
        }
        catch (JsonException error)
        {
            throw new ArgumentException($"The parameters of {operationName} are not valid JSON: {error.Message}", nameof(jsonParameters), error);
        }
        if (node is not JsonObject json)
        {
            throw new ArgumentException($"The parameters of {operationName} must be a JSON object.", nameof(jsonParameters));
        }
        return InvokeAsync(operationName, (IDictionary<string, object?>)ToPlain(json)!, cancellationToken);
    }

    private static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<long>(out var l) => l,
        JsonValue value when value.TryGetValue<double>(out var d) => d,
        JsonValue value => value.GetValue<string>(),
        _ => throw new ArgumentException($"Unsupported JSON node {node.GetType().Name}"),
    };
}
