using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Protocols;
using BotoSharp.Protocols.EventStreams;
using BotoSharp.Protocols.RestXml;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>Event stream framing and the rest-xml event stream payload.</summary>
public class EventStreamTests
{
    private const string Shapes = """
        {
          "Output": {"type": "structure", "members": {"Payload": {"shape": "Events"}}, "payload": "Payload"},
          "Events": {"type": "structure", "eventstream": true, "members": {
            "Records": {"shape": "RecordsEvent"},
            "Boom": {"shape": "BoomError"}
          }},
          "RecordsEvent": {"type": "structure", "event": true, "members": {"Payload": {"shape": "Blob", "eventpayload": true}}},
          "BoomError": {"type": "structure", "exception": true, "members": {"Message": {"shape": "String"}}},
          "Blob": {"type": "blob"},
          "String": {"type": "string"}
        }
        """;

    [Test]
    public void EventsAreDecodedLazilyFromTheStream()
    {
        var body = Message((":message-type", "event"), (":event-type", "Records"), payload: "row1\n");
        var events = Parse(body);
        Assert.That(events.Cast<object?>().ToList(), Is.EqualTo(new List<object?>
        {
            new Dictionary<string, object?> { ["Records"] = new Dictionary<string, object?> { ["Payload"] = Encoding.UTF8.GetBytes("row1\n") } },
        }));
    }

    [Test]
    public void AnExceptionEventRaisesEventStreamErrorWithItsCodeAndMessage()
    {
        var body = Message((":message-type", "exception"), (":exception-type", "Boom"), payload: "<Boom><Message>bad</Message></Boom>");
        var error = Assert.Throws<EventStreamError>(() => Parse(body).ToList())!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("Boom"));
            Assert.That(error.ErrorMessage, Is.EqualTo("bad"));
        });
    }

    [Test]
    public void AMessageWithABadChecksumIsAResponseParserError()
    {
        var body = Message((":message-type", "event"), (":event-type", "Records"), payload: "x");
        body[^1] ^= 0xFF;
        Assert.Throws<ResponseParserError>(() => EventStreamDecoder.DecodeAll(body).ToList());
    }

    private static EventStream Parse(byte[] body)
    {
        var operation = XmlTestModels.Operation("rest-xml", Shapes, inputShape: null, outputShape: "Output");
        var parsed = new RestXmlResponseParser().Parse(new ProtocolResponse(200, new HeaderCollection(), new MemoryStream(body)), operation.OutputShape);
        return (EventStream)parsed["Payload"]!;
    }

    // Frames one message with string headers: prelude (lengths + CRC), headers, payload, message CRC.
    internal static byte[] Message((string Name, string Value) first, (string Name, string Value) second, string payload)
    {
        var headers = new MemoryStream();
        foreach (var (name, value) in new[] { first, second })
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var valueBytes = Encoding.UTF8.GetBytes(value);
            headers.WriteByte((byte)nameBytes.Length);
            headers.Write(nameBytes);
            headers.WriteByte(7);
            headers.WriteByte((byte)(valueBytes.Length >> 8));
            headers.WriteByte((byte)valueBytes.Length);
            headers.Write(valueBytes);
        }
        var payloadBytes = Encoding.UTF8.GetBytes(payload);
        var total = 12 + (int)headers.Length + payloadBytes.Length + 4;
        var message = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(message, (uint)total);
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(4), (uint)headers.Length);
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(8), Crc32.HashToUInt32(message.AsSpan(0, 8)));
        headers.ToArray().CopyTo(message, 12);
        payloadBytes.CopyTo(message, 12 + (int)headers.Length);
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(total - 4), Crc32.HashToUInt32(message.AsSpan(0, total - 4)));
        return message;
    }
}
