using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using BotoSharp.Errors;

namespace BotoSharp.Protocols.EventStreams;

/// <summary>
/// Splits an event stream body into messages: a 12-byte prelude (total length, headers length, CRC32 of the first
/// eight bytes), typed headers, the payload and a CRC32 of the whole message. A checksum or length that does not
/// add up is a <see cref="ResponseParserError"/>; a trailing partial message ends the stream, as in botocore.
/// </summary>
public static class EventStreamDecoder
{
    private const int PreludeLength = 12;
    private const int MaxHeadersLength = 128 * 1024;
    private const int MaxPayloadLength = 24 * 1024 * 1024;

    /// <summary>Reads messages from <paramref name="stream"/> as they are enumerated.</summary>
    public static IEnumerable<EventStreamMessage> ReadMessages(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var prelude = new byte[PreludeLength];
        while (ReadFully(stream, prelude, 0, PreludeLength) == PreludeLength)
        {
            var totalLength = BinaryPrimitives.ReadUInt32BigEndian(prelude);
            var headersLength = BinaryPrimitives.ReadUInt32BigEndian(prelude.AsSpan(4));
            var preludeCrc = BinaryPrimitives.ReadUInt32BigEndian(prelude.AsSpan(8));
            if (Crc32.HashToUInt32(prelude.AsSpan(0, 8)) != preludeCrc)
            {
                throw new ResponseParserError("Event stream prelude checksum mismatch.");
            }
            if (headersLength > MaxHeadersLength || totalLength < PreludeLength + 4 + headersLength
                || totalLength - headersLength - PreludeLength - 4 > MaxPayloadLength)
            {
                throw new ResponseParserError($"Invalid event stream message lengths: total {totalLength}, headers {headersLength}.");
            }
            var message = new byte[totalLength];
            prelude.CopyTo(message, 0);
            if (ReadFully(stream, message, PreludeLength, (int)totalLength - PreludeLength) < totalLength - PreludeLength)
            {
                yield break;
            }
            var messageCrc = BinaryPrimitives.ReadUInt32BigEndian(message.AsSpan((int)totalLength - 4));
            if (Crc32.HashToUInt32(message.AsSpan(0, (int)totalLength - 4)) != messageCrc)
            {
                throw new ResponseParserError("Event stream message checksum mismatch.");
            }
            Dictionary<string, object?> headers;
            try
            {
                headers = ParseHeaders(message.AsSpan(PreludeLength, (int)headersLength));
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new ResponseParserError("Event stream headers run past their declared length.", e);
            }
            var payload = message.AsSpan(PreludeLength + (int)headersLength, (int)(totalLength - headersLength - PreludeLength - 4)).ToArray();
            yield return new EventStreamMessage(headers, payload);
        }
    }

    private static Dictionary<string, object?> ParseHeaders(ReadOnlySpan<byte> data)
    {
        var headers = new Dictionary<string, object?>(StringComparer.Ordinal);
        var offset = 0;
        while (offset < data.Length)
        {
            var nameLength = data[offset++];
            var name = Encoding.UTF8.GetString(data.Slice(offset, nameLength));
            offset += nameLength;
            var type = data[offset++];
            object? value;
            switch (type)
            {
                case 0: value = true; break;
                case 1: value = false; break;
                case 2: value = (long)(sbyte)data[offset]; offset += 1; break;
                case 3: value = (long)BinaryPrimitives.ReadInt16BigEndian(data[offset..]); offset += 2; break;
                case 4: value = (long)BinaryPrimitives.ReadInt32BigEndian(data[offset..]); offset += 4; break;
                case 5:
                case 8: value = BinaryPrimitives.ReadInt64BigEndian(data[offset..]); offset += 8; break;
                case 6:
                case 7:
                    var length = BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);
                    offset += 2;
                    var bytes = data.Slice(offset, length);
                    value = type == 6 ? bytes.ToArray() : Encoding.UTF8.GetString(bytes);
                    offset += length;
                    break;
                case 9: value = data.Slice(offset, 16).ToArray(); offset += 16; break;
                default: throw new ResponseParserError($"Unknown event stream header type {type} for header {name}.");
            }
            headers[name] = value;
        }
        return headers;
    }

    private static int ReadFully(Stream stream, byte[] buffer, int offset, int count)
    {
        var read = 0;
        while (read < count)
        {
            var n = stream.Read(buffer, offset + read, count - read);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        return read;
    }
}
