using BotoSharp.Clients;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// The awsJson 1.0/1.1 serializer for typed requests: the headers of <see cref="Json.JsonSerializer"/> and the body
/// written by <see cref="JsonShapeWriter"/> (<c>{}</c> when the operation has no input).
/// </summary>
internal sealed class TypedJsonSerializer : ITypedSerializer
{
    private static readonly byte[] s_emptyObject = "{}"u8.ToArray();
    private readonly TimestampPrecision _precision;

    public TypedJsonSerializer(TimestampPrecision precision)
    {
        _precision = precision;
    }

    /// <inheritdoc />
    public SerializedRequest? TrySerialize(IRequestShape request, IDictionary<string, object?> topLevel, OperationModel operation)
    {
        var metadata = operation.Metadata;
        var serialized = new SerializedRequest { Method = operation.HttpMethod };
        serialized.Headers.Set("X-Amz-Target", $"{metadata["targetPrefix"]?.GetValue<string>()}.{operation.Name}");
        serialized.Headers.Set("Content-Type", $"application/x-amz-json-{metadata["jsonVersion"]?.GetValue<string>()}");
        if (operation.ServiceModel.IsQueryCompatible)
        {
            serialized.Headers.Set("x-amzn-query-mode", "true");
        }
        serialized.Body = operation.InputShape is { } input
            ? JsonShapeWriter.Serialize(request, input, _precision)
            : s_emptyObject.ToArray();
        serialized.HostPrefix = SerializerBase.ExpandHostPrefix(topLevel, operation);
        return serialized;
    }
}
