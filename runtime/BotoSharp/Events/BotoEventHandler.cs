namespace BotoSharp.Events;

/// <summary>
/// A handler registered on a <c>HierarchicalEmitter</c>, as botocore's <c>handler(**kwargs)</c>: it receives the
/// emit arguments by botocore's names (<c>event_name</c>, <c>params</c>, <c>model</c>, <c>request</c>…) and may return
/// a value; a non-null value is a response for <c>EmitUntilResponse</c>.
/// </summary>
/// <param name="kwargs">The event's arguments; handlers may mutate values they are documented to mutate.</param>
public delegate object? BotoEventHandler(IDictionary<string, object?> kwargs);
