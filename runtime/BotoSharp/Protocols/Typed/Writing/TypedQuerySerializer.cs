using System.Text;
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
        var pairs = new List<KeyValuePair<string, string>>
        {
            new("Action", operation.Name),
            new("Version", operation.ServiceModel.ApiVersion),
        };
        if (operation.InputShape is { } shape)
        {
            QueryShapeWriter.Write(pairs, request, shape, _precision, _ec2);
        }
        serialized.Body = Encoding.UTF8.GetBytes(FormEncoding.Encode(pairs));
        serialized.HostPrefix = SerializerBase.ExpandHostPrefix(topLevel, operation);
        return serialized;
    }
}
