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
    private OperationHeaders? _last;

    public TypedJsonSerializer(TimestampPrecision precision)
    {
        _precision = precision;
    }

    /// <inheritdoc />
    public SerializedRequest? TrySerialize(IRequestShape request, IDictionary<string, object?> topLevel, OperationModel operation)
    {
        var headers = HeadersOf(operation);
        var serialized = new SerializedRequest { Method = operation.HttpMethod };
        serialized.Headers.Set("X-Amz-Target", headers.Target);
        serialized.Headers.Set("Content-Type", headers.ContentType);
        if (headers.QueryCompatible)
        {
            serialized.Headers.Set("x-amzn-query-mode", "true");
        }
        serialized.Body = operation.InputShape is { } input
            ? JsonShapeWriter.Serialize(request, input, _precision)
            : s_emptyObject.ToArray();
        serialized.HostPrefix = SerializerBase.ExpandHostPrefix(topLevel, operation);
        return serialized;
    }

    // The header values come from the model's metadata, the same for every call of an operation: read once for the last operation.
    private OperationHeaders HeadersOf(OperationModel operation)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Operation, operation))
        {
            return last;
        }
        var metadata = operation.Metadata;
        return _last = new OperationHeaders(operation, $"{metadata["targetPrefix"]?.GetValue<string>()}.{operation.Name}",
            $"application/x-amz-json-{metadata["jsonVersion"]?.GetValue<string>()}", operation.ServiceModel.IsQueryCompatible);
    }

    private sealed record OperationHeaders(OperationModel Operation, string Target, string ContentType, bool QueryCompatible);
}
