using BotoSharp.Protocols;

namespace BotoSharp.Clients.Stages;

/// <summary>botocore's <c>serializer.serialize_to_request</c>: parameters to method, path, query, headers and body.</summary>
internal sealed class SerializeStage : CallStage
{
    private readonly IProtocolSerializer _serializer;
    private readonly bool _injectHostPrefix;

    public SerializeStage(IProtocolSerializer serializer, bool injectHostPrefix)
    {
        _serializer = serializer;
        _injectHostPrefix = injectHostPrefix;
    }

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        call.Serialized = Serialize(call);
        return ValueTask.CompletedTask;
    }

    /// <summary>Serializes the call's parameters (also used by presigning).</summary>
    public SerializedRequest Serialize(ApiCall call)
    {
        var serialized = _serializer.Serialize(call.Parameters, call.Operation);
        if (!_injectHostPrefix)
        {
            serialized.HostPrefix = null;
        }
        return serialized;
    }
}
