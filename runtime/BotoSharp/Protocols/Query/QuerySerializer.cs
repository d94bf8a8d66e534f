using BotoSharp.Models;

namespace BotoSharp.Protocols.Query;

/// <summary>
/// botocore's query serializer: a form-encoded POST (or the modeled method) to the request URI's path with
/// <c>Action</c> and <c>Version</c> first, then the input flattened to dotted names. The body is encoded as
/// botocore's prepared request encodes it (<c>+</c> for spaces).
/// </summary>
public class QuerySerializer : SerializerBase
{
    /// <summary>The content type botocore sends for query and ec2 requests.</summary>
    public const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";

    /// <summary>Creates the serializer.</summary>
    public QuerySerializer(TimestampPrecision precision = TimestampPrecision.Default)
        : base(precision)
    {
    }

    /// <inheritdoc />
    protected override string DefaultTimestampFormat => "iso8601";

    /// <inheritdoc />
    public override SerializedRequest Serialize(IDictionary<string, object?> parameters, OperationModel operation)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(operation);
        var request = new SerializedRequest { Method = operation.HttpMethod };
        request.Headers.Set("Content-Type", ContentType);
        request.Body = FormEncoding.EncodeUtf8(SerializeToPairs(parameters, operation));
        request.HostPrefix = ExpandHostPrefix(parameters, operation);
        return request;
    }

    /// <summary>
    /// The form pairs in order, before encoding (botocore's body dict): <c>Action</c>, <c>Version</c>, then the
    /// flattened input.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> SerializeToPairs(IDictionary<string, object?> parameters, OperationModel operation)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(operation);
        var pairs = new List<KeyValuePair<string, string>>
        {
            new("Action", operation.Name),
            new("Version", operation.ServiceModel.ApiVersion),
        };
        if (operation.InputShape is { } shape)
        {
            CreateWriter().Write(pairs, parameters, shape, string.Empty);
        }
        return pairs;
    }

    private protected virtual QueryParameterWriter CreateWriter() => new(Precision);
}
