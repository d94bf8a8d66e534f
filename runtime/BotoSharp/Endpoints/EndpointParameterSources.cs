using System.Text.Json.Nodes;
using BotoSharp.Models;

namespace BotoSharp.Endpoints;

/// <summary>
/// Where an operation's rule-set parameters come from, read from the service model: the operation's
/// <c>staticContextParams</c> and <c>operationContextParams</c>, the input members marked <c>contextParam</c>,
/// and the service's <c>clientContextParams</c>. Build it once per operation and reuse it for every call.
/// </summary>
public sealed class EndpointParameterSources
{
    private static readonly IReadOnlyDictionary<string, object?> s_noValues = new Dictionary<string, object?>();
    private static readonly IReadOnlyDictionary<string, string> s_noNames = new Dictionary<string, string>();

    /// <summary>An operation with no parameter sources of its own.</summary>
    public static EndpointParameterSources None { get; } = new();

    /// <summary><c>staticContextParams</c>: parameter name → fixed value.</summary>
    public IReadOnlyDictionary<string, object?> StaticContextParams { get; init; } = s_noValues;

    /// <summary><c>contextParam</c> members: parameter name → input member name.</summary>
    public IReadOnlyDictionary<string, string> ContextParams { get; init; } = s_noNames;

    /// <summary><c>operationContextParams</c>: parameter name → JMESPath over the call arguments.</summary>
    public IReadOnlyDictionary<string, string> OperationContextParams { get; init; } = s_noNames;

    /// <summary>
    /// The service's <c>clientContextParams</c> names; each reads the client config value under botocore's
    /// snake_case form of the name (<c>ForcePathStyle</c> → <c>force_path_style</c>).
    /// </summary>
    public IReadOnlyCollection<string> ClientContextParams { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Reads the sources from service-2 JSON: <paramref name="operation"/> is the operation object,
    /// <paramref name="service"/> the whole document (for <c>shapes</c> and <c>clientContextParams</c>).
    /// </summary>
    public static EndpointParameterSources FromModel(JsonObject operation, JsonObject? service)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var staticParams = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (operation["staticContextParams"] is JsonObject statics)
        {
            foreach (var (name, spec) in statics)
            {
                staticParams[name] = ToPlain(spec?["value"]);
            }
        }
        var operationParams = new Dictionary<string, string>(StringComparer.Ordinal);
        if (operation["operationContextParams"] is JsonObject operationContext)
        {
            foreach (var (name, spec) in operationContext)
            {
                if (spec?["path"] is JsonValue path && path.TryGetValue<string>(out var text))
                {
                    operationParams[name] = text;
                }
            }
        }
        var contextParams = new Dictionary<string, string>(StringComparer.Ordinal);
        var inputShape = operation["input"]?["shape"]?.GetValue<string>();
        if (inputShape is not null && service?["shapes"]?[inputShape]?["members"] is JsonObject members)
        {
            foreach (var (memberName, member) in members)
            {
                if (member?["contextParam"]?["name"] is JsonValue name && name.TryGetValue<string>(out var paramName))
                {
                    contextParams[paramName] = memberName;
                }
            }
        }
        var clientParams = service?["clientContextParams"] is JsonObject clientContext
            ? clientContext.Select(p => p.Key).ToArray()
            : Array.Empty<string>();
        return new EndpointParameterSources
        {
            StaticContextParams = staticParams,
            ContextParams = contextParams,
            OperationContextParams = operationParams,
            ClientContextParams = clientParams,
        };
    }

    /// <summary>Reads the sources from a runtime <see cref="OperationModel"/> and its service model.</summary>
    public static EndpointParameterSources FromOperation(OperationModel operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var staticParams = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in operation.StaticContextParameters)
        {
            staticParams[parameter.Name] = parameter.Value;
        }
        var contextParams = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in operation.ContextParameters)
        {
            contextParams[parameter.Name] = parameter.MemberName;
        }
        var operationParams = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in operation.OperationContextParameters)
        {
            operationParams[parameter.Name] = parameter.Path;
        }
        return new EndpointParameterSources
        {
            StaticContextParams = staticParams,
            ContextParams = contextParams,
            OperationContextParams = operationParams,
            ClientContextParams = operation.ServiceModel.ClientContextParameters.Select(p => p.Name).ToArray(),
        };
    }

    private static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };
}
