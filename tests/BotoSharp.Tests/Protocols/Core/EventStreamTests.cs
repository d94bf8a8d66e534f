using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.EventStreams;

namespace BotoSharp.Tests.Protocols.Core;

/// <summary>Event-stream framing and botocore's event, error and exception handling, on hand-built messages.</summary>
[TestFixture]
public sealed class EventStreamTests
{
    private static readonly ServiceModel s_model = ServiceModel.FromJson("""
        {"metadata": {"protocol": "rest-json", "endpointPrefix": "svc"},
         "operations": {"Sub": {"name": "Sub", "http": {"method": "GET", "requestUri": "/"}, "output": {"shape": "Out"}}},
         "shapes": {
           "Out": {"type": "structure", "payload": "Events", "members": {"Events": {"shape": "Events"}}},
           "Events": {"type": "structure", "eventstream": true, "members": {
              "Rec": {"shape": "Rec"}, "Stats": {"shape": "Stats"}, "Bad": {"shape": "Bad"}}},
           "Rec": {"type": "structure", "event": true, "members": {"Payload": {"shape": "B", "eventpayload": true}, "Seq": {"shape": "L", "eventheader": true}, "At": {"shape": "T", "eventheader": true}}},
           "Stats": {"type": "structure", "event": true, "members": {"Count": {"shape": "L"}}},
           "Bad": {"type": "structure", "exception": true, "members": {"Message": {"shape": "S"}}},
           "B": {"type": "blob"}, "L": {"type": "long"}, "T": {"type": "timestamp"}, "S": {"type": "string"}}}
        """);

    [Test]
    public void EventsAreParsedLazilyByTypeWithHeadersAndPayloads()
    {
        var body = Concat(
            Message(("Seq", 5L), ("At", new Ts(1_577_836_800_500L)), (":message-type", "event"), (":event-type", "Rec"), ("payload", Encoding.UTF8.GetBytes("raw"))),
            Message((":message-type", "event"), (":event-type", "Unknown"), ("payload", "{}"u8.ToArray())),
            Message((":message-type", "event"), (":event-type", "Stats"), ("payload", """{"Count": 7}"""u8.ToArray())));
        var events = Parse(body).ToList();
        Assert.That(events, Has.Count.EqualTo(2), "an unknown event type is skipped");
        var rec = (Dictionary<string, object?>)events[0]["Rec"]!;
        Assert.That(rec["Payload"], Is.EqualTo("raw"u8.ToArray()));
        Assert.That(rec["Seq"], Is.EqualTo(5L));
        Assert.That(rec["At"], Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1_577_836_800_500L)));
        Assert.That(((Dictionary<string, object?>)events[1]["Stats"]!)["Count"], Is.EqualTo(7L));
    }

    [Test]
    public void AModeledExceptionMessageRaisesEventStreamErrorWithItsMessage()
    {
        var body = Message((":message-type", "exception"), (":exception-type", "Bad"), ("payload", """{"Message": "nope"}"""u8.ToArray()));
        var error = Assert.Throws<EventStreamError>(() => Parse(body).ToList());
        Assert.That(error!.Code, Is.EqualTo("Bad"));
        Assert.That(error.Message, Is.EqualTo("An error occurred (Bad) when calling the Sub operation: nope"));
    }

    [Test]
    public void AnErrorMessageRaisesEventStreamErrorFromItsHeaders()
    {
        var body = Message((":message-type", "error"), (":error-code", "InternalFailure"), (":error-message", "oops"), ("payload", Array.Empty<byte>()));
        var error = Assert.Throws<EventStreamError>(() => Parse(body).ToList());
        Assert.That(error!.Code, Is.EqualTo("InternalFailure"));
        Assert.That(error.ErrorMessage, Is.EqualTo("oops"));
    }

    [Test]
    public void ACorruptedMessageFailsItsChecksum()
    {
        var body = Message((":message-type", "event"), (":event-type", "Stats"), ("payload", "{}"u8.ToArray()));
        body[^6] ^= 0xFF;
        Assert.Throws<ResponseParserError>(() => EventStreamDecoder.DecodeAll(body).ToList());
    }

    [Test]
    public void ATruncatedStreamIsAResponseParserError()
    {
        var body = Message((":message-type", "event"), (":event-type", "Stats"), ("payload", "{}"u8.ToArray()));
        Assert.Throws<ResponseParserError>(() => EventStreamDecoder.DecodeAll(body[..^3]).ToList());
    }

    private static IEnumerable<Dictionary<string, object?>> Parse(byte[] body)
    {
        var parsed = ProtocolFactory.CreateParser("rest-json").Parse(new ProtocolResponse(200, new HeaderCollection(), new MemoryStream(body)), s_model.OperationModel("Sub"));
        return (EventStream)parsed["Events"]!;
    }

    private sealed record Ts(long Millis);

    // Builds one framed message; a ("payload", bytes) entry is the payload, other entries are headers.
    private static byte[] Message(params (string Name, object Value)[] items)
    {
        var headers = new MemoryStream();
        byte[] payload = Array.Empty<byte>();
        foreach (var (name, value) in items)
        {
            if (name == "payload")
            {
                payload = (byte[])value;
                continue;
            }
            var nameBytes = Encoding.UTF8.GetBytes(name);
            headers.WriteByte((byte)nameBytes.Length);
            headers.Write(nameBytes);
            switch (value)
            {
                case string s:
                    headers.WriteByte(7);
                    var text = Encoding.UTF8.GetBytes(s);
                    headers.Write(BigEndian((ushort)text.Length));
                    headers.Write(text);
                    break;
                case long l:
                    headers.WriteByte(5);
                    headers.Write(BigEndian(l));
                    break;
                case Ts t:
                    headers.WriteByte(8);
                    headers.Write(BigEndian(t.Millis));
                    break;
            }
        }
        var headerBytes = headers.ToArray();
        var total = 12 + headerBytes.Length + payload.Length + 4;
        var message = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(message, (uint)total);
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(4), (uint)headerBytes.Length);
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(8), Crc32.HashToUInt32(message.AsSpan(0, 8)));
        headerBytes.CopyTo(message, 12);
        payload.CopyTo(message, 12 + headerBytes.Length);
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(total - 4), Crc32.HashToUInt32(message.AsSpan(0, total - 4)));
        return message;
    }

    private static byte[] BigEndian(ushort value)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, value);
        return b;
    }

    private static byte[] BigEndian(long value)
    {
        var b = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(b, value);
        return b;
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
