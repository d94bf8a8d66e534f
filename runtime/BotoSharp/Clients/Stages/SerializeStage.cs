using BotoSharp.Protocols;
using BotoSharp.Protocols.Typed.Writing;

namespace BotoSharp.Clients.Stages;

/// <summary>botocore's <c>serializer.serialize_to_request</c>: parameters to method, path, query, headers and body.</summary>
internal sealed class SerializeStage : CallStage
{
    private readonly IProtocolSerializer _serializer;
    private readonly ITypedSerializer? _typed;
    private readonly bool _injectHostPrefix;

    public SerializeStage(IProtocolSerializer serializer, ITypedSerializer? typed, bool injectHostPrefix)
    {
        _serializer = serializer;
        _typed = typed;
        _injectHostPrefix = injectHostPrefix;
    }

    /// <summary>Whether typed requests of this client can be written without a parameter dictionary.</summary>
    public bool WritesTyped => _typed is not null;

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        call.Serialized = Serialize(call);
        return ValueTask.CompletedTask;
    }

    /// <summary>Serializes the call's parameters (also used by presigning).</summary>
    public SerializedRequest Serialize(ApiCall call)
    {
        SerializedRequest serialized;
        if (call.TypedRequest is { } typed && _typed is not null)
        {
            // The rare request the typed writer cannot place is written from its full dictionary instead.
            serialized = _typed.TrySerialize(typed, call.Parameters, call.Operation) ?? _serializer.Serialize(typed.ToParameters(), call.Operation);
        }
        else
        {
            serialized = _serializer.Serialize(call.Parameters, call.Operation);
        }
        if (!_injectHostPrefix)
        {
            serialized.HostPrefix = null;
        }
        return serialized;
    }
}
