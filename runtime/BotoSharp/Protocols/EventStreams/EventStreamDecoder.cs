using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using BotoSharp.Errors;

namespace BotoSharp.Protocols.EventStreams;

/// <summary>
/// Reads event-stream messages from a byte stream: a 12-byte prelude (total length, headers length, CRC32), typed
/// headers, the payload and a CRC32 of the whole message. Both checksums, the 128 KiB header and 24 MiB payload limits
/// and duplicate header names are checked as botocore does; violations raise <see cref="ResponseParserError"/>.
/// </summary>
public sealed class EventStreamDecoder
{
    private const int PreludeLength = 12;
    private const int MaxHeadersLength = 128 * 1024;
    private const int MaxPayloadLength = 24 * 1024 * 1024;

    private readonly Stream _stream;

    /// <summary>Creates a decoder over a stream positioned at a message boundary.</summary>
    public EventStreamDecoder(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>Reads the next message, or null at the end of the stream.</summary>
    public EventStreamMessage? ReadNext()
    {
        var prelude = new byte[PreludeLength];
        var read = _stream.ReadAtLeast(prelude, PreludeLength, throwOnEndOfStream: false);
        if (read == 0)
        {
            return null;
        }
        var message = StartMessage(prelude, read);
        var rest = message.AsSpan(PreludeLength);
        return Finish(message, _stream.ReadAtLeast(rest, rest.Length, throwOnEndOfStream: false));
    }

    /// <summary>Reads the next message without blocking a thread, or null at the end of the stream.</summary>
    public async ValueTask<EventStreamMessage?> ReadNextAsync(CancellationToken cancellationToken = default)
    {
        var prelude = new byte[PreludeLength];
        var read = await _stream.ReadAtLeastAsync(prelude, PreludeLength, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return null;
        }
        var message = StartMessage(prelude, read);
        var rest = message.AsMemory(PreludeLength);
        return Finish(message, await _stream.ReadAtLeastAsync(rest, rest.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false));
    }

    // Checks the prelude (its CRC and the length limits) and returns the message buffer with the prelude copied in.
    private static byte[] StartMessage(byte[] prelude, int read)
    {
        if (read < PreludeLength)
        {
            throw new ResponseParserError("Event stream ended inside a message prelude.");
        }
        var totalLength = BinaryPrimitives.ReadUInt32BigEndian(prelude);
        var headersLength = BinaryPrimitives.ReadUInt32BigEndian(prelude.AsSpan(4));
        CheckCrc(prelude.AsSpan(0, 8), BinaryPrimitives.ReadUInt32BigEndian(prelude.AsSpan(8)));
        if (headersLength > MaxHeadersLength)
        {
            throw new ResponseParserError($"Header length of {headersLength} exceeded the maximum of {MaxHeadersLength}");
        }
        var payloadLength = (long)totalLength - headersLength - PreludeLength - 4;
        if (payloadLength > MaxPayloadLength || payloadLength < 0)
        {
            throw new ResponseParserError($"Payload length of {payloadLength} exceeded the maximum of {MaxPayloadLength}");
        }
        var message = new byte[totalLength];
        prelude.CopyTo(message, 0);
        return message;
    }

    // Checks the message CRC once the rest of it (restRead bytes) is in, and splits headers from payload.
    private static EventStreamMessage Finish(byte[] message, int restRead)
    {
        if (restRead != message.Length - PreludeLength)
        {
            throw new ResponseParserError("Event stream ended inside a message.");
        }
        var headersLength = (int)BinaryPrimitives.ReadUInt32BigEndian(message.AsSpan(4));
        CheckCrc(message.AsSpan(0, message.Length - 4), BinaryPrimitives.ReadUInt32BigEndian(message.AsSpan(message.Length - 4)));
        var headers = ParseHeaders(message.AsSpan(PreludeLength, headersLength));
        var payload = message.AsSpan(PreludeLength + headersLength, message.Length - PreludeLength - headersLength - 4).ToArray();
        return new EventStreamMessage(headers, payload);
    }

    /// <summary>Decodes every message of a buffered stream.</summary>
    public static IEnumerable<EventStreamMessage> DecodeAll(byte[] data)
    {
        var decoder = new EventStreamDecoder(new MemoryStream(data, writable: false));
        while (decoder.ReadNext() is { } message)
        {
            yield return message;
        }
    }

    private static Dictionary<string, object?> ParseHeaders(ReadOnlySpan<byte> data)
    {
        var headers = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            while (!data.IsEmpty)
            {
                var nameLength = data[0];
                var name = Encoding.UTF8.GetString(data.Slice(1, nameLength));
                data = data[(1 + nameLength)..];
                var type = data[0];
                data = data[1..];
                object? value;
                switch (type)
                {
                    case 0: value = true; break;
                    case 1: value = false; break;
                    case 2: value = (long)(sbyte)data[0]; data = data[1..]; break;
                    case 3: value = (long)BinaryPrimitives.ReadInt16BigEndian(data); data = data[2..]; break;
                    case 4: value = (long)BinaryPrimitives.ReadInt32BigEndian(data); data = data[4..]; break;
                    case 5 or 8: value = BinaryPrimitives.ReadInt64BigEndian(data); data = data[8..]; break;
                    case 6 or 7:
                        var length = BinaryPrimitives.ReadUInt16BigEndian(data);
                        var bytes = data.Slice(2, length);
                        value = type == 6 ? bytes.ToArray() : Encoding.UTF8.GetString(bytes);
                        data = data[(2 + length)..];
                        break;
                    case 9: value = data[..16].ToArray(); data = data[16..]; break;
                    default: throw new ResponseParserError($"Unknown event stream header type {type}");
                }
                if (!headers.TryAdd(name, value))
                {
                    throw new ResponseParserError($"Duplicate header present: \"{name}\"");
                }
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new ResponseParserError("Event stream headers are truncated.", e);
        }
        return headers;
    }

    private static void CheckCrc(ReadOnlySpan<byte> data, uint expected)
    {
        var calculated = Crc32.HashToUInt32(data);
        if (calculated != expected)
        {
            throw new ResponseParserError($"Checksum mismatch: expected 0x{expected:x8}, calculated 0x{calculated:x8}");
        }
    }
}
