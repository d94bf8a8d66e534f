using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Cbor;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// The smithy-rpc-v2-cbor serializer for typed requests: the path and headers of <see cref="RpcV2CborSerializer"/>
/// and the body written by <see cref="CborShapeWriter"/>.
/// </summary>
internal sealed class TypedRpcV2CborSerializer : ITypedSerializer
{
    /// <inheritdoc />
    public SerializedRequest? TrySerialize(IRequestShape request, IDictionary<string, object?> topLevel, OperationModel operation)
    {
        var serialized = RpcV2CborSerializer.NewRequest(operation);
        if (operation.InputShape is { } input)
        {
            serialized.Body = CborShapeWriter.Serialize(request, input);
        }
        serialized.HostPrefix = SerializerBase.ExpandHostPrefix(topLevel, operation);
        RpcV2CborSerializer.SetHeaders(serialized, operation);
        return serialized;
    }
}
