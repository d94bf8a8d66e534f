namespace BotoSharp.Events;

/// <summary>
/// Event arguments built for one emit and handed over to the emitter: <see cref="HierarchicalEmitter"/> adds
/// <c>event_name</c> to this dictionary and passes it on instead of copying it first, as it does for arguments a
/// caller may still hold. The call path builds one per emitted event, so this saves a dictionary per event.
/// </summary>
internal sealed class EmitArguments : Dictionary<string, object?>
{
    /// <summary>Room for <paramref name="count"/> arguments and <c>event_name</c>.</summary>
    public EmitArguments(int count)
        : base(count + 1, StringComparer.Ordinal)
    {
    }
}
