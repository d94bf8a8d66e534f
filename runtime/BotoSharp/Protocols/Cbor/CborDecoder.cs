using System.Formats.Cbor;
using System.Numerics;
using System.Text;
using BotoSharp.Errors;

namespace BotoSharp.Protocols.Cbor;

/// <summary>
/// Decodes one CBOR data item into plain values with botocore's rules (its <c>BaseCBORParser</c>): integers →
/// <see cref="long"/> (or <see cref="ulong"/>/<see cref="BigInteger"/> beyond it), byte strings → <see cref="byte"/>
/// arrays, text → <see cref="string"/>, arrays → lists, maps → dictionaries <em>without</em> entries whose value is
/// null, tag 1 → a UTC timestamp (other tags are refused), half/single/double floats → <see cref="double"/>, null and
/// undefined → null. Malformed input raises <see cref="ResponseParserError"/>.
/// </summary>
public static class CborDecoder
{
    /// <summary>Decodes the first data item of <paramref name="data"/>.</summary>
    public static object? Decode(ReadOnlyMemory<byte> data)
    {
        try
        {
            var reader = new CborReader(data, CborConformanceMode.Lax, allowMultipleRootLevelValues: true);
            return ReadItem(reader);
        }
        catch (Exception e) when (e is CborContentException or InvalidOperationException or FormatException
            or DecoderFallbackException or OverflowException or ArgumentException)
        {
            throw new ResponseParserError($"Malformed CBOR data: {e.Message}", e);
        }
    }

    private static object? ReadItem(CborReader reader)
    {
        switch (reader.PeekState())
        {
            case CborReaderState.UnsignedInteger:
                var u = reader.ReadUInt64();
                return u <= long.MaxValue ? (long)u : u;
            case CborReaderState.NegativeInteger:
                var n = reader.ReadCborNegativeIntegerRepresentation();
                return n < long.MaxValue ? -1L - (long)n : -BigInteger.One - n;
            case CborReaderState.ByteString:
                return reader.ReadByteString();
            case CborReaderState.StartIndefiniteLengthByteString:
                return ReadChunks(reader, text: false);
            case CborReaderState.TextString:
                return reader.ReadTextString();
            case CborReaderState.StartIndefiniteLengthTextString:
                return Encoding.UTF8.GetString((byte[])ReadChunks(reader, text: true));
            case CborReaderState.StartArray:
                reader.ReadStartArray();
                var list = new List<object?>();
                while (reader.PeekState() != CborReaderState.EndArray)
                {
                    list.Add(ReadItem(reader));
                }
                reader.ReadEndArray();
                return list;
            case CborReaderState.StartMap:
                reader.ReadStartMap();
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.PeekState() != CborReaderState.EndMap)
                {
                    var key = ReadItem(reader);
                    var value = ReadItem(reader);
                    // botocore drops map entries whose value is null.
                    if (value is not null)
                    {
                        map[key as string ?? ValueConversions.ToPythonString(key)] = value;
                    }
                }
                reader.ReadEndMap();
                return map;
            case CborReaderState.Tag:
                var tag = (ulong)reader.ReadTag();
                var tagged = ReadItem(reader);
                if (tag != 1)
                {
                    throw new ResponseParserError($"Found CBOR tag not supported by botocore: {tag}");
                }
                return ValueConversions.IsNumber(tagged)
                    ? Timestamps.FromEpochSeconds(ValueConversions.ToDouble(tagged!))
                    : throw new ResponseParserError($"Unable to parse datetime value: {tagged}");
            case CborReaderState.HalfPrecisionFloat:
                return (double)reader.ReadHalf();
            case CborReaderState.SinglePrecisionFloat:
                return (double)reader.ReadSingle();
            case CborReaderState.DoublePrecisionFloat:
                return reader.ReadDouble();
            case CborReaderState.Boolean:
                return reader.ReadBoolean();
            case CborReaderState.Null:
                reader.ReadNull();
                return null;
            case CborReaderState.SimpleValue:
                var simple = reader.ReadSimpleValue();
                return simple == CborSimpleValue.Undefined
                    ? null
                    : throw new ResponseParserError($"Invalid additional info found for major type 7: {(int)simple}");
            case var state:
                throw new ResponseParserError($"Unexpected CBOR item: {state}");
        }
    }

    private static object ReadChunks(CborReader reader, bool text)
    {
        using var buffer = new MemoryStream();
        if (text)
        {
            reader.ReadStartIndefiniteLengthTextString();
            while (reader.PeekState() != CborReaderState.EndIndefiniteLengthTextString)
            {
                buffer.Write(Encoding.UTF8.GetBytes(reader.ReadTextString()));
            }
            reader.ReadEndIndefiniteLengthTextString();
        }
        else
        {
            reader.ReadStartIndefiniteLengthByteString();
            while (reader.PeekState() != CborReaderState.EndIndefiniteLengthByteString)
            {
                buffer.Write(reader.ReadByteString());
            }
            reader.ReadEndIndefiniteLengthByteString();
        }
        return buffer.ToArray();
    }
}
