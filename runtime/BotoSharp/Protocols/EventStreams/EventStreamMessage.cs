namespace BotoSharp.Protocols.EventStreams;

/// <summary>
/// One decoded <c>application/vnd.amazon.eventstream</c> message: typed headers (bool, long, byte[], string; timestamps
/// as epoch milliseconds and UUIDs as 16 bytes, as botocore keeps them) and the raw payload.
/// </summary>
public sealed class EventStreamMessage
{
    /// <summary>Creates a message.</summary>
    public EventStreamMessage(IReadOnlyDictionary<string, object?> headers, byte[] payload)
    {
        Headers = headers;
        Payload = payload;
    }

    /// <summary>The headers by name, in wire order.</summary>
    public IReadOnlyDictionary<string, object?> Headers { get; }

    /// <summary>The payload bytes.</summary>
    public byte[] Payload { get; }

    /// <summary>
    /// The status botocore gives the message when parsing it: 400 for <c>:message-type</c> <c>error</c> or
    /// <c>exception</c>, else 200.
    /// </summary>
    public int StatusCode => Headers.TryGetValue(":message-type", out var type) && type is "error" or "exception" ? 400 : 200;

    /// <summary>A header value as a string, or null when absent or not a string.</summary>
    public string? StringHeader(string name) => Headers.TryGetValue(name, out var value) ? value as string : null;
}
