using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Query;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// The query and ec2 serializers for typed requests: the request <see cref="QuerySerializer"/> builds (form POST,
/// <c>Action</c> and <c>Version</c> first), with the pairs written by <see cref="QueryShapeWriter"/>.
/// </summary>
internal sealed class TypedQuerySerializer : ITypedSerializer
{
    private readonly TimestampPrecision _precision;
    private readonly bool _ec2;

    public TypedQuerySerializer(TimestampPrecision precision, bool ec2)
    {
        _precision = precision;
        _ec2 = ec2;
    }

    /// <inheritdoc />
    public SerializedRequest? TrySerialize(IRequestShape request, IDictionary<string, object?> topLevel, OperationModel operation)
    {
        var serialized = new SerializedRequest { Method = operation.HttpMethod };
        serialized.Headers.Set("Content-Type", QuerySerializer.ContentType);
        serialized.Body = QueryShapeWriter.Form(operation.Name, operation.ServiceModel.ApiVersion, request, operation.InputShape, _precision, _ec2);
        serialized.HostPrefix = SerializerBase.ExpandHostPrefix(topLevel, operation);
        return serialized;
    }
}
