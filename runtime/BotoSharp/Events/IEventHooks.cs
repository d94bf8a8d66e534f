namespace BotoSharp.Events;

/// <summary>
/// botocore's <c>BaseEventHooks</c> surface, implemented by <see cref="HierarchicalEmitter"/> and by the
/// <see cref="EventAliaser"/> that wraps it, so sessions and clients can hold either.
/// </summary>
public interface IEventHooks
{
    /// <summary>Registers <paramref name="handler"/> in the middle list of <paramref name="eventName"/>.</summary>
    /// <param name="eventName">A dot-separated event name or prefix; a <c>*</c> part matches any one part.</param>
    /// <param name="handler">The handler.</param>
    /// <param name="uniqueId">When set, a second registration with the same id (for any event) is ignored.</param>
    /// <param name="uniqueIdUsesCount">Count registrations of <paramref name="uniqueId"/> so each needs an unregister.</param>
    void Register(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false);

    /// <summary>As <see cref="Register"/>, into the list called before the middle one.</summary>
    void RegisterFirst(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false);

    /// <summary>As <see cref="Register"/>, into the list called after the middle one.</summary>
    void RegisterLast(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false);

    /// <summary>
    /// Removes a handler from the exact node of <paramref name="eventName"/>, found by <paramref name="handler"/> or by
    /// <paramref name="uniqueId"/>; a handler or id that is not registered is ignored.
    /// </summary>
    void Unregister(string eventName, BotoEventHandler? handler = null, string? uniqueId = null, bool uniqueIdUsesCount = false);

    /// <summary>Calls every handler for <paramref name="eventName"/>, adding <c>event_name</c> to the arguments.</summary>
    /// <returns>Every <c>(handler, response)</c> pair, in call order.</returns>
    IReadOnlyList<(BotoEventHandler Handler, object? Response)> Emit(string eventName, IDictionary<string, object?>? args = null);

    /// <summary>
    /// Calls handlers until one returns non-null. Returns that pair; <c>(lastHandler, null)</c> when every handler
    /// returned null; <c>(null, null)</c> when there was no handler.
    /// </summary>
    (BotoEventHandler? Handler, object? Response) EmitUntilResponse(string eventName, IDictionary<string, object?>? args = null);

    /// <summary>botocore's <c>copy.copy</c>: an independent registration structure sharing the handlers.</summary>
    IEventHooks Copy();
}
