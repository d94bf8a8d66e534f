using BotoSharp.Events;

namespace BotoSharp.Customizations;

/// <summary>One row of botocore's <c>BUILTIN_HANDLERS</c>: the event it listens to, the handler, and its list.</summary>
/// <param name="EventName">botocore's event name (a prefix or a <c>*</c> part matches more events).</param>
/// <param name="Handler">The handler, named after botocore's function.</param>
/// <param name="Section">Which of the node's lists it joins (botocore's REGISTER_FIRST / REGISTER_LAST).</param>
public readonly record struct HandlerRow(string EventName, BotoEventHandler Handler, EventHandlerSection Section = EventHandlerSection.Middle);
