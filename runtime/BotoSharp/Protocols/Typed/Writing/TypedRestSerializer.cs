using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Rest;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// The rest-json and rest-xml serializer for typed requests (botocore's <c>BaseRestSerializer</c>): located members
/// are placed from the captured top level by the dictionary serializer's own code (so URI labels, query strings and
/// header values are formatted once, in one place), the payload or the body members are written by the protocol's
/// body writer straight from the typed request, and the Content-Type rule is the dictionary serializer's.
/// </summary>
internal sealed class TypedRestSerializer : ITypedSerializer
{
    private readonly RestSerializerBase _rest;
    private readonly Func<IBodyShapeWriter> _bodyWriter;

    public TypedRestSerializer(RestSerializerBase rest, Func<IBodyShapeWriter> bodyWriter)
    {
        _rest = rest;
        _bodyWriter = bodyWriter;
    }

    /// <inheritdoc />
    public SerializedRequest? TrySerialize(IRequestShape request, IDictionary<string, object?> topLevel, OperationModel operation)
    {
        var serialized = new SerializedRequest { Method = operation.HttpMethod };
        serialized.HostPrefix = SerializerBase.ExpandHostPrefix(topLevel, operation);
        if (operation.InputShape is not { } shape)
        {
            serialized.UrlPath = operation.RequestUri;
            return serialized;
        }
        var uriParams = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in topLevel)
        {
            if (value is not null && shape.Members.TryGetValue(name, out var member) && RestMemberRouter.IsLocated(member.Location))
            {
                _rest.PartitionLocated(serialized, uriParams, name, value, member);
            }
        }
        // The body writer is created only when a body member or a structure payload is written: a streaming payload
        // (S3's PutObject) goes out as the caller's own stream, and located members never need one.
        using var router = new RestMemberRouter(shape, _bodyWriter, (IReadOnlyDictionary<string, object?>)topLevel);
        request.WriteTo(router);
        if (router.Incomplete)
        {
            return null;
        }
        serialized.UrlPath = RestSerializerBase.RenderUriTemplate(operation.RequestUri, uriParams);
        if (operation.Http["authPath"] is System.Text.Json.Nodes.JsonValue authPath)
        {
            serialized.AuthPath = RestSerializerBase.RenderUriTemplate(authPath.GetValue<string>(), uriParams);
        }
        if (RestSerializerBase.HasStreamingPayload(shape))
        {
            serialized.Body = topLevel.TryGetValue(shape.Payload!, out var raw) ? raw switch
            {
                null => Array.Empty<byte>(),
                Stream stream => stream,
                _ => ValueConversions.ToBytes(raw),
            } : Array.Empty<byte>();
        }
        else if (shape.Payload is not null)
        {
            serialized.Body = router.PayloadBody ?? _rest.EmptyBody();
        }
        else if (router.HasBodyMembers)
        {
            serialized.Body = router.EndBody();
        }
        else if (_rest.NeedsEmptyBody(shape))
        {
            serialized.Body = _rest.EmptyBody();
        }
        _rest.ApplyContentType(serialized, shape);
        return serialized;
    }
}
