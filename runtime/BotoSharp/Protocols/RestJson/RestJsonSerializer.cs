using BotoSharp.Models;
using BotoSharp.Protocols.Json;
using BotoSharp.Protocols.Rest;

namespace BotoSharp.Protocols.RestJson;

/// <summary>
/// The rest-json serializer (botocore's <c>RestJSONSerializer</c>): the shared REST binding, with a JSON body —
/// <c>{}</c> when the input has any body member but none is set (or a structure payload is absent) — and
/// <c>Content-Type: application/json</c> on non-empty, non-streaming bodies unless a header member already set one.
/// </summary>
public sealed class RestJsonSerializer : RestSerializerBase
{
    private static readonly byte[] s_emptyObject = "{}"u8.ToArray();
    private readonly JsonBodyBuilder _builder;

    /// <summary>Creates the serializer.</summary>
    public RestJsonSerializer(TimestampPrecision precision = TimestampPrecision.Default)
        : base(precision)
    {
        _builder = new JsonBodyBuilder((value, format) => ConvertTimestamp(value, format));
    }

    /// <inheritdoc />
    protected override string DefaultTimestampFormat => "unixtimestamp";

    /// <inheritdoc />
    protected override byte[] SerializeBodyParams(object parameters, Shape shape) =>
        PythonJsonWriter.SerializeToUtf8(_builder.Build(parameters, shape));

    /// <inheritdoc />
    protected override byte[] SerializeEmptyBody() => (byte[])s_emptyObject.Clone();

    /// <inheritdoc />
    protected override bool RequiresEmptyBody(StructureShape shape) => shape.Members.Values.Any(m => m.Location is null);

    /// <inheritdoc />
    protected override void SerializeContentType(SerializedRequest request, StructureShape shape)
    {
        if (HasStreamingPayload(shape))
        {
            return;
        }
        if (request.HasBody && !request.Headers.Contains("Content-Type"))
        {
            request.Headers.Set("Content-Type", "application/json");
        }
    }
}
