using BotoSharp.Protocols.Typed.Writing;

namespace BotoSharp.Clients;

/// <summary>
/// The rule-set parameters of the call being resolved on this thread: one dictionary per thread, filled and read
/// within one resolution and cleared when it is given back, instead of a new dictionary per call. A resolution that
/// throws never gives it back (the next one makes another), and a resolution nested inside one (a builtin value's
/// factory that calls a service) finds none to take and makes its own.
/// </summary>
/// <remarks>The thread's slot is <see cref="ThreadReusable{T}"/>'s; this adds the clearing a reused dictionary needs.</remarks>
internal static class EndpointParameters
{
    /// <summary>The thread's empty dictionary, or a new one when it is in use.</summary>
    public static Dictionary<string, object?> Take() => ThreadReusable<Dictionary<string, object?>>.Take();

    /// <summary>Clears <paramref name="parameters"/> and keeps it for the thread's next resolution.</summary>
    public static void Return(Dictionary<string, object?> parameters)
    {
        // Cleared, a dictionary adds from its first slot again, so it enumerates in insertion order like a new one.
        parameters.Clear();
        ThreadReusable<Dictionary<string, object?>>.Return(parameters);
    }
}
