namespace BotoSharp.Events;

/// <summary>
/// Which of a node's three handler lists a registration goes to: botocore calls every <see cref="First"/> handler of a
/// node before its <see cref="Middle"/> ones, and those before its <see cref="Last"/> ones.
/// </summary>
public enum EventHandlerSection
{
    /// <summary>Registered with <c>RegisterFirst</c>.</summary>
    First = 0,

    /// <summary>Registered with <c>Register</c>.</summary>
    Middle = 1,

    /// <summary>Registered with <c>RegisterLast</c>.</summary>
    Last = 2,
}
