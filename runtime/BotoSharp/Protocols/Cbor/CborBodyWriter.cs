using System.Collections;
using System.Formats.Cbor;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Cbor;

/// <summary>
/// Encodes botocore-shaped parameters as CBOR against their shape (botocore's <c>CBORSerializer</c>): definite-length
/// maps and arrays, structures without null members (keys by <c>locationName</c>), integers in the shortest form,
/// <c>float</c> shapes as single precision and <c>double</c> as double, infinities and NaN as half-precision, blobs as
/// byte strings (streams read fully), timestamps as tag 1 over whole epoch seconds, booleans as simple values.
/// </summary>
internal sealed class CborBodyWriter
{
    private static readonly byte[] s_positiveInfinity = { 0xF9, 0x7C, 0x00 };
    private static readonly byte[] s_negativeInfinity = { 0xF9, 0xFC, 0x00 };
    private static readonly byte[] s_nan = { 0xF9, 0x7E, 0x00 };

    private readonly Func<object?, long> _epochSeconds;

    public CborBodyWriter(Func<object?, long> epochSeconds)
    {
        _epochSeconds = epochSeconds;
    }

    public byte[] Encode(object value, Shape shape)
    {
        var writer = new CborWriter(CborConformanceMode.Lax, convertIndefiniteLengthEncodings: false);
        Write(writer, value, shape);
        return writer.Encode();
    }

    private void Write(CborWriter writer, object? value, Shape shape)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }
        switch (shape)
        {
            case StructureShape { IsDocument: true }:
                WritePlain(writer, value);
                return;
            case StructureShape structure:
                var members = AsDictionary(value, shape).Where(p => p.Value is not null).ToList();
                writer.WriteStartMap(members.Count);
                foreach (var (name, item) in members)
                {
                    if (!structure.Members.TryGetValue(name, out var member))
                    {
                        throw new SerializationError($"Unknown parameter \"{name}\" for {shape.Name}.");
                    }
                    writer.WriteTextString(member.LocationName ?? name);
                    Write(writer, item, member);
                }
                writer.WriteEndMap();
                return;
            case ListShape list:
                var items = ValueConversions.AsList(value, shape.Name).ToList();
                writer.WriteStartArray(items.Count);
                foreach (var item in items)
                {
                    Write(writer, item, list.Member);
                }
                writer.WriteEndArray();
                return;
            case MapShape map:
                var entries = AsDictionary(value, shape);
                writer.WriteStartMap(entries.Count);
                foreach (var (key, item) in entries)
                {
                    Write(writer, key, map.Key);
                    Write(writer, item, map.Value);
                }
                writer.WriteEndMap();
                return;
        }
        switch (shape.TypeName)
        {
            case "string":
                writer.WriteTextString(ValueConversions.ToPythonString(value));
                return;
            case "blob":
                writer.WriteByteString(ValueConversions.ToBytes(value));
                return;
            case "boolean":
                writer.WriteBoolean(value is true);
                return;
            case "timestamp":
                writer.WriteTag(CborTag.UnixTimeSeconds);
                writer.WriteInt64(_epochSeconds(value));
                return;
            case "float":
                WriteFloat(writer, ValueConversions.ToDouble(value), single: true);
                return;
            case "double":
                WriteFloat(writer, ValueConversions.ToDouble(value), single: false);
                return;
            case "integer" or "long" or "short" or "byte":
                WriteInteger(writer, value);
                return;
            default:
                WritePlain(writer, value);
                return;
        }
    }

    /// <summary>A float or double as botocore writes it: the shape's own width, special values as half precision.</summary>
    internal static void WriteFloat(CborWriter writer, double value, bool single)
    {
        if (double.IsPositiveInfinity(value))
        {
            writer.WriteEncodedValue(s_positiveInfinity);
        }
        else if (double.IsNegativeInfinity(value))
        {
            writer.WriteEncodedValue(s_negativeInfinity);
        }
        else if (double.IsNaN(value))
        {
            writer.WriteEncodedValue(s_nan);
        }
        else if (single)
        {
            // CborWriter shrinks floats to the shortest lossless width; botocore always writes the shape's width.
            Span<byte> encoded = stackalloc byte[5];
            encoded[0] = 0xFA;
            System.Buffers.Binary.BinaryPrimitives.WriteSingleBigEndian(encoded[1..], (float)value);
            writer.WriteEncodedValue(encoded);
        }
        else
        {
            Span<byte> encoded = stackalloc byte[9];
            encoded[0] = 0xFB;
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleBigEndian(encoded[1..], value);
            writer.WriteEncodedValue(encoded);
        }
    }

    private static void WriteInteger(CborWriter writer, object value)
    {
        if (value is ulong u)
        {
            writer.WriteUInt64(u);
        }
        else if (ValueConversions.IsInteger(value))
        {
            writer.WriteInt64(ValueConversions.ToInt64(value));
        }
        else
        {
            throw new SerializationError($"Expected an integer, got {value.GetType().Name}.");
        }
    }

    /// <summary>A document value, which carries no shape: encoded by its own type.</summary>
    internal static void WritePlain(CborWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                return;
            case string s:
                writer.WriteTextString(s);
                return;
            case bool b:
                writer.WriteBoolean(b);
                return;
            case byte[] bytes:
                writer.WriteByteString(bytes);
                return;
            case double or float:
                WriteFloat(writer, ValueConversions.ToDouble(value), single: false);
                return;
            case IDictionary<string, object?> dict:
                writer.WriteStartMap(dict.Count);
                foreach (var (key, item) in dict)
                {
                    writer.WriteTextString(key);
                    WritePlain(writer, item);
                }
                writer.WriteEndMap();
                return;
            case IEnumerable list:
                var items = list.Cast<object?>().ToList();
                writer.WriteStartArray(items.Count);
                foreach (var item in items)
                {
                    WritePlain(writer, item);
                }
                writer.WriteEndArray();
                return;
            default:
                WriteInteger(writer, value);
                return;
        }
    }

    private static IDictionary<string, object?> AsDictionary(object value, Shape shape) =>
        value as IDictionary<string, object?>
        ?? throw new SerializationError($"Expected a dictionary for {shape.Name}, got {value.GetType().Name}.");
}
