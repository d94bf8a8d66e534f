using System.Collections;
using System.Globalization;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols.EventStreams;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.RestXml;

/// <summary>
/// A rest-xml event stream payload (e.g. S3 SelectObjectContent), read lazily as botocore's <c>EventStream</c>:
/// each message becomes <c>{"&lt;event-type&gt;": {…}}</c> with header members from the message headers and the
/// payload member from the body; an unknown event type yields nothing, and an error or exception message raises
/// <see cref="EventStreamError"/>. The stream can be enumerated once.
/// </summary>
public sealed class RestXmlEventStream : IEnumerable<Dictionary<string, object?>>, IDisposable
{
    private readonly Stream _body;
    private readonly StructureShape _shape;
    private readonly XmlShapeParser _xml;
    private readonly Func<string, object?>? _timestampParser;

    internal RestXmlEventStream(Stream body, StructureShape shape, XmlShapeParser xml, Func<string, object?>? timestampParser)
    {
        _body = body;
        _shape = shape;
        _xml = xml;
        _timestampParser = timestampParser;
    }

    /// <summary>The operation named in an <see cref="EventStreamError"/>; the call path sets it.</summary>
    public string OperationName { get; set; } = string.Empty;

    /// <inheritdoc />
    public IEnumerator<Dictionary<string, object?>> GetEnumerator()
    {
        var decoder = new EventStreamDecoder(_body);
        while (decoder.ReadNext() is { } message)
        {
            var parsed = message.StatusCode == 200 ? ParseEvent(message) : ParseError(message);
            if (message.StatusCode != 200)
            {
                throw new EventStreamError(parsed, OperationName);
            }
            if (parsed.Count > 0)
            {
                yield return parsed;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public void Dispose() => _body.Dispose();

    private Dictionary<string, object?> ParseEvent(EventStreamMessage message)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (message.Header(":event-type") is { } eventType && _shape.Members.TryGetValue(eventType, out var eventShape)
            && eventShape is StructureShape eventStructure)
        {
            parsed[eventType] = ParseEventMembers(message, eventStructure);
        }
        return parsed;
    }

    private Dictionary<string, object?> ParseEventMembers(EventStreamMessage message, StructureShape shape)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, member) in shape.Members)
        {
            if (member.Serialization.ContainsKey("eventheader") && message.Headers.TryGetValue(name, out var value))
            {
                // Header timestamps are epoch milliseconds.
                parsed[name] = member.TypeName == "timestamp" && value is long millis
                    ? ParseTimestamp(ValueConversions.ToPythonString(millis / 1000.0))
                    : value;
            }
        }
        if (!shape.HasTrait("event"))
        {
            return parsed;
        }
        foreach (var (name, member) in shape.Members)
        {
            if (!member.Serialization.ContainsKey("eventpayload"))
            {
                continue;
            }
            parsed[name] = member.TypeName switch
            {
                "blob" => message.Payload,
                "string" => Encoding.UTF8.GetString(message.Payload),
                _ => _xml.Parse(member, BodyNode(message.Payload)),
            };
            return parsed;
        }
        if (_xml.Parse(shape, BodyNode(message.Payload)) is Dictionary<string, object?> body)
        {
            foreach (var (key, value) in body)
            {
                parsed[key] = value;
            }
        }
        return parsed;
    }

    private Dictionary<string, object?> ParseError(EventStreamMessage message)
    {
        string code;
        string text;
        if (message.Header(":exception-type") is { } exceptionType && _shape.Members.TryGetValue(exceptionType, out var exceptionShape))
        {
            var body = _xml.Parse(exceptionShape, BodyNode(message.Payload)) as Dictionary<string, object?> ?? new();
            code = exceptionType;
            text = Convert.ToString(body.GetValueOrDefault("Message") ?? body.GetValueOrDefault("message") ?? string.Empty, CultureInfo.InvariantCulture) ?? string.Empty;
        }
        else
        {
            code = message.Header(":error-code") ?? string.Empty;
            text = message.Header(":error-message") ?? string.Empty;
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Error"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Code"] = code, ["Message"] = text },
        };
    }

    private object? ParseTimestamp(string seconds) => _timestampParser is { } parser ? parser(seconds) : Timestamps.Parse(seconds);

    private static XmlNode BodyNode(byte[] payload) =>
        payload.Length == 0 ? new XmlNode(string.Empty, string.Empty) : XmlDocumentReader.Parse(payload);
}
