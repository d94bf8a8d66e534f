using BotoSharp.Models;

namespace BotoSharp.Protocols.Json;

/// <summary>
/// The awsJson 1.0/1.1 serializer (botocore's <c>JSONSerializer</c>): POST <c>/</c> with
/// <c>X-Amz-Target: {targetPrefix}.{Operation}</c>, <c>Content-Type: application/x-amz-json-{jsonVersion}</c>,
/// <c>x-amzn-query-mode: true</c> for query-compatible services, and the input as a JSON object (<c>{}</c> when
/// empty). Timestamps default to whole epoch seconds.
/// </summary>
public sealed class JsonSerializer : SerializerBase
{
    private readonly JsonBodyBuilder _builder;

    /// <summary>Creates the serializer.</summary>
    public JsonSerializer(TimestampPrecision precision = TimestampPrecision.Default)
        : base(precision)
    {
        _builder = new JsonBodyBuilder((value, format) => ConvertTimestamp(value, format));
    }

    /// <inheritdoc />
    protected override string DefaultTimestampFormat => "unixtimestamp";

    /// <inheritdoc />
    public override SerializedRequest Serialize(IDictionary<string, object?> parameters, OperationModel operation)
    {
        var metadata = operation.Metadata;
        var request = new SerializedRequest { Method = operation.HttpMethod };
        request.Headers.Set("X-Amz-Target", $"{metadata["targetPrefix"]?.GetValue<string>()}.{operation.Name}");
        request.Headers.Set("Content-Type", $"application/x-amz-json-{metadata["jsonVersion"]?.GetValue<string>()}");
        HandleQueryCompatibleTrait(operation, request);
        object? body = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (operation.InputShape is { } input)
        {
            body = _builder.Build(parameters, input);
        }
        request.Body = PythonJsonWriter.SerializeToUtf8(body);
        request.HostPrefix = ExpandHostPrefix(parameters, operation);
        return request;
    }
}
