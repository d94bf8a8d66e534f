using System.Formats.Cbor;
using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Cbor;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// Writes a typed structure as the smithy-rpc-v2-cbor body botocore's <c>CBORSerializer</c> builds, with the
/// dictionary path's encoding rules (<see cref="CborBodyWriter"/>): structures as maps of the set members keyed by
/// <c>locationName</c>, integers in the shortest form, <c>float</c> single and <c>double</c> double precision,
/// special values as half precision, blobs as byte strings, timestamps as tag 1 over whole epoch seconds. A
/// structure's member count is not known before its members are written, so maps open indefinite and the writer
/// turns them into the definite lengths botocore writes when it encodes.
/// </summary>
internal sealed class CborShapeWriter : ModelShapeWriter
{
    private readonly CborWriter _writer = new(CborConformanceMode.Lax, convertIndefiniteLengthEncodings: true);

    /// <summary>The CBOR map for <paramref name="request"/> as the structure <paramref name="shape"/>.</summary>
    public static byte[] Serialize(IRequestShape request, StructureShape shape)
    {
        var writer = new CborShapeWriter();
        writer.BeginStructure(shape);
        writer.WriteRoot(request, shape);
        writer.EndStructure(shape);
        return writer._writer.Encode();
    }

    protected override void BeginMember(string name, Shape shape) => _writer.WriteTextString(shape.LocationName ?? name);

    protected override void BeginItem(Shape shape)
    {
        if (Container is MapShape)
        {
            _writer.WriteTextString(Key);
        }
    }

    protected override void WriteString(Shape shape, string value) => _writer.WriteTextString(value);

    protected override void WriteInteger(Shape shape, long value) => _writer.WriteInt64(value);

    protected override void WriteFloat(Shape shape, double value) => CborBodyWriter.WriteFloat(_writer, value, single: shape.TypeName == "float");

    protected override void WriteBoolean(Shape shape, bool value) => _writer.WriteBoolean(value);

    protected override void WriteTimestamp(Shape shape, DateTimeOffset value)
    {
        _writer.WriteTag(CborTag.UnixTimeSeconds);
        _writer.WriteInt64(Timestamps.WholeEpochSeconds(value.ToUniversalTime()));
    }

    protected override void WriteBlob(Shape shape, byte[] value) => _writer.WriteByteString(value);

    protected override void WriteDocument(Shape shape, object? value) => CborBodyWriter.WritePlain(_writer, value);

    protected override void BeginStructure(StructureShape shape) => _writer.WriteStartMap(null);

    protected override void EndStructure(StructureShape shape) => _writer.WriteEndMap();

    protected override void BeginList(ListShape shape, int count) => _writer.WriteStartArray(count);

    protected override void EndList(ListShape shape) => _writer.WriteEndArray();

    protected override void BeginMap(MapShape shape, int count) => _writer.WriteStartMap(count);

    protected override void EndMap(MapShape shape) => _writer.WriteEndMap();
}
