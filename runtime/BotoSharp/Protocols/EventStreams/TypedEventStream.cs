using BotoSharp.Clients;

namespace BotoSharp.Protocols.EventStreams;

/// <summary>
/// The typed view of an output's event stream (S3 SelectObjectContent's <c>Payload</c>, Bedrock's response streams):
/// <c>await foreach (var e in output.Payload)</c> yields one generated union per event, with the member of the event's
/// type set. Events are read and parsed one message at a time by the runtime <see cref="EventStream"/>, so unknown
/// event types are skipped and an error or exception message raises <see cref="Errors.EventStreamError"/> as botocore's
/// <c>EventStream</c> does. The stream is the response body: enumerate it once, and dispose the output (or this).
/// </summary>
/// <typeparam name="TEvent">The generated union of the stream's events.</typeparam>
public sealed class EventStream<TEvent> : IAsyncEnumerable<TEvent>, IDisposable, IAsyncDisposable
    where TEvent : IResponseShape<TEvent>
{
    /// <summary>Wraps the runtime event stream <paramref name="untyped"/>.</summary>
    public EventStream(EventStream untyped)
    {
        Untyped = untyped ?? throw new ArgumentNullException(nameof(untyped));
    }

    /// <summary>The runtime event stream underneath: botocore's <c>{EventType: members}</c> dictionaries.</summary>
    public EventStream Untyped { get; }

    /// <inheritdoc />
    public async IAsyncEnumerator<TEvent> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var parsed in Untyped.ReadEventsAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return TEvent.FromParsed(parsed);
        }
    }

    /// <summary>Closes the response body.</summary>
    public void Dispose() => Untyped.Dispose();

    /// <summary>Closes the response body.</summary>
    public ValueTask DisposeAsync() => Untyped.DisposeAsync();
}
