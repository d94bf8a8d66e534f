namespace BotoSharp.Protocols.EventStreams;

/// <summary>
/// One decoded message of the <c>application/vnd.amazon.eventstream</c> framing: its typed headers
/// (<c>:message-type</c>, <c>:event-type</c>, <c>:exception-type</c>…) and its payload.
/// </summary>
public sealed class EventStreamMessage
{
    /// <summary>Creates a message.</summary>
    public EventStreamMessage(IReadOnlyDictionary<string, object?> headers, byte[] payload)
    {
        Headers = headers;
        Payload = payload;
    }

    /// <summary>
    /// Header values by name: <see cref="bool"/>, <see cref="long"/> (byte/short/int/long and timestamps in epoch
    /// milliseconds), <see cref="byte"/> arrays (byte arrays and UUIDs) or <see cref="string"/>.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Headers { get; }

    /// <summary>The payload bytes.</summary>
    public byte[] Payload { get; }

    /// <summary>The <c>:message-type</c> header (<c>event</c>, <c>error</c> or <c>exception</c>).</summary>
    public string? MessageType => Headers.TryGetValue(":message-type", out var v) ? v as string : null;

    /// <summary>The status botocore gives the message when parsing it: 400 for errors and exceptions, else 200.</summary>
    public int StatusCode => MessageType is "error" or "exception" ? 400 : 200;

    /// <summary>A string header, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v as string : null;
}
