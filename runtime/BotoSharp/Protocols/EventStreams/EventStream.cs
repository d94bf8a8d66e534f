using System.Collections;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Protocols.EventStreams;

/// <summary>
/// An event-stream response body, as botocore's <c>EventStream</c>: enumerating it reads and parses one message at a
/// time — each event becomes <c>{EventType: members}</c> (unknown event types are skipped), while an <c>error</c> or
/// <c>exception</c> message raises <see cref="EventStreamError"/>. The body is read lazily and can be enumerated once,
/// synchronously (botocore's iteration) or through <see cref="ReadEventsAsync"/>, which reads without blocking a thread.
/// </summary>
public sealed class EventStream : IEnumerable<Dictionary<string, object?>>, IDisposable, IAsyncDisposable
{
    private readonly Stream _raw;
    private readonly EventStreamDecoder _decoder;
    private readonly StructureShape _shape;
    private readonly ResponseParserBase _parser;

    /// <summary>Wraps a body stream; <paramref name="shape"/> is the event-stream union shape.</summary>
    public EventStream(Stream raw, StructureShape shape, ResponseParserBase parser, string operationName)
    {
        _raw = raw;
        _decoder = new EventStreamDecoder(raw);
        _shape = shape;
        _parser = parser;
        OperationName = operationName;
    }

    /// <summary>The operation whose response this is (named in raised errors).</summary>
    public string OperationName { get; }

    /// <summary>
    /// Reads the first message, which must be an <c>initial-response</c> event (awsJson and rpc-v2-cbor send the
    /// non-stream output members in it); anything else raises <see cref="ResponseParserError"/>.
    /// </summary>
    public EventStreamMessage GetInitialResponse()
    {
        var first = _decoder.ReadNext();
        if (first is not null && first.Header(":event-type") == "initial-response")
        {
            return first;
        }
        throw new ResponseParserError("First event was not of type initial-response");
    }

    /// <summary>Parses one message against the event-stream shape; errors raise <see cref="EventStreamError"/>.</summary>
    public Dictionary<string, object?> ParseMessage(EventStreamMessage message)
    {
        if (message.StatusCode != 200)
        {
            throw new EventStreamError(ParseError(message), OperationName);
        }
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (message.Header(":event-type") is { } eventType && _shape.Members.TryGetValue(eventType, out var eventShape))
        {
            parsed[eventType] = ParseEvent(message, eventShape);
        }
        return parsed;
    }

    /// <inheritdoc />
    public IEnumerator<Dictionary<string, object?>> GetEnumerator()
    {
        while (_decoder.ReadNext() is { } message)
        {
            var parsed = ParseMessage(message);
            if (parsed.Count > 0)
            {
                yield return parsed;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// The events as they arrive, read without blocking a thread (<c>await foreach</c>); the same events, errors and
    /// skips as the synchronous enumeration. Not an <see cref="IAsyncEnumerable{T}"/> implementation of the stream itself,
    /// which would make LINQ calls on it ambiguous.
    /// </summary>
    public async IAsyncEnumerable<Dictionary<string, object?>> ReadEventsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await _decoder.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } message)
        {
            var parsed = ParseMessage(message);
            if (parsed.Count > 0)
            {
                yield return parsed;
            }
        }
    }

    /// <summary>Closes the underlying body.</summary>
    public void Dispose() => _raw.Dispose();

    /// <summary>Closes the underlying body.</summary>
    public ValueTask DisposeAsync() => _raw.DisposeAsync();

    private Dictionary<string, object?> ParseEvent(EventStreamMessage message, Shape shape)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (shape is not StructureShape structure)
        {
            return parsed;
        }
        foreach (var (name, member) in structure.Members)
        {
            if (member.BoolTrait("eventheader") && message.Headers.TryGetValue(name, out var value))
            {
                // Event header timestamps are epoch milliseconds.
                parsed[name] = member.TypeName == "timestamp" && ValueConversions.IsNumber(value)
                    ? Timestamps.FromEpochSeconds(ValueConversions.ToDouble(value!) / 1000.0)
                    : value;
            }
        }
        if (!structure.BoolTrait("event"))
        {
            return parsed;
        }
        foreach (var (name, member) in structure.Members)
        {
            if (member.BoolTrait("eventpayload"))
            {
                parsed[name] = member.TypeName switch
                {
                    "blob" => message.Payload,
                    "string" => System.Text.Encoding.UTF8.GetString(message.Payload),
                    _ => _parser.ParseNode(member, _parser.DecodeEvent(message.Payload)),
                };
                return parsed;
            }
        }
        if (_parser.ParseNode(structure, _parser.DecodeEvent(message.Payload)) is IDictionary<string, object?> body)
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
        string? code;
        object? errorMessage;
        if (message.Header(":exception-type") is { } exceptionType && _shape.Members.TryGetValue(exceptionType, out var exceptionShape))
        {
            var body = _parser.ParseNode(exceptionShape, _parser.DecodeEvent(message.Payload)) as IDictionary<string, object?>
                ?? new Dictionary<string, object?>();
            code = exceptionType;
            errorMessage = body.TryGetValue("Message", out var m) ? m : body.TryGetValue("message", out var m2) ? m2 : string.Empty;
        }
        else
        {
            code = message.Header(":error-code") ?? string.Empty;
            errorMessage = message.Header(":error-message") ?? string.Empty;
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Error"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Code"] = code, ["Message"] = errorMessage },
        };
    }
}
