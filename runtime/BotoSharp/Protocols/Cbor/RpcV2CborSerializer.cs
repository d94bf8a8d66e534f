using BotoSharp.Models;

namespace BotoSharp.Protocols.Cbor;

/// <summary>
/// The smithy-rpc-v2-cbor serializer (botocore's <c>RpcV2CBORSerializer</c>): POST
/// <c>/service/{targetPrefix}/operation/{Operation}</c>, <c>smithy-protocol: rpc-v2-cbor</c>, <c>Accept</c> of
/// <c>application/cbor</c> (or <c>application/vnd.amazon.eventstream</c> for event-stream output), the same
/// <c>Content-Type</c> when there is a body, and <c>x-amzn-query-mode</c> for query-compatible services.
/// </summary>
public sealed class RpcV2CborSerializer : SerializerBase
{
    private readonly CborBodyWriter _writer;

    /// <summary>Creates the serializer.</summary>
    public RpcV2CborSerializer(TimestampPrecision precision = TimestampPrecision.Default)
        : base(precision)
    {
        _writer = new CborBodyWriter(value => Timestamps.WholeEpochSeconds(Timestamps.ToUtc(value)));
    }

    /// <inheritdoc />
    protected override string DefaultTimestampFormat => "unixtimestamp";

    /// <inheritdoc />
    public override SerializedRequest Serialize(IDictionary<string, object?> parameters, OperationModel operation)
    {
        var request = NewRequest(operation);
        if (operation.InputShape is { } input)
        {
            request.Body = _writer.Encode(parameters, input);
        }
        request.HostPrefix = ExpandHostPrefix(parameters, operation);
        SetHeaders(request, operation);
        return request;
    }

    /// <summary>The request's method and path, before its body.</summary>
    internal static SerializedRequest NewRequest(OperationModel operation) =>
        new() { UrlPath = $"/service/{operation.Metadata["targetPrefix"]?.GetValue<string>()}/operation/{operation.Name}" };

    /// <summary>The protocol's headers, once the body is set (Content-Type goes only with a body).</summary>
    internal static void SetHeaders(SerializedRequest request, OperationModel operation)
    {
        request.Headers.Set("smithy-protocol", "rpc-v2-cbor");
        var mediaType = operation.HasEventStreamOutput ? "application/vnd.amazon.eventstream" : "application/cbor";
        HandleQueryCompatibleTrait(operation, request);
        var hasContentType = request.Headers.Contains("Content-Type");
        request.Headers.Set("Accept", mediaType);
        if (!hasContentType && request.HasBody)
        {
            request.Headers.Set("Content-Type", mediaType);
        }
    }
}
