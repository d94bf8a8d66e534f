namespace BotoSharp;

/// <summary>
/// botocore's global session initializers (<c>register_initializer</c>): callbacks run at the end of every
/// session's constructor, e.g. to register handlers or components in every session a library creates.
/// </summary>
public partial class Session
{
    private static readonly object s_initializerGate = new();
    private static List<Action<Session>> s_initializers = new();

    /// <summary>Adds a callback run with each new session, after its variables are set up.</summary>
    public static void RegisterInitializer(Action<Session> initializer)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        lock (s_initializerGate)
        {
            s_initializers = new List<Action<Session>>(s_initializers) { initializer };
        }
    }

    /// <summary>Removes a callback added with <see cref="RegisterInitializer"/>.</summary>
    /// <exception cref="ArgumentException">The callback was not registered (botocore raises ValueError).</exception>
    public static void UnregisterInitializer(Action<Session> initializer)
    {
        lock (s_initializerGate)
        {
            var remaining = new List<Action<Session>>(s_initializers);
            if (!remaining.Remove(initializer))
            {
                throw new ArgumentException("The initializer is not registered.", nameof(initializer));
            }
            s_initializers = remaining;
        }
    }

    // The list is replaced, never changed in place, so a callback may (un)register others while this runs.
    private void InvokeInitializers()
    {
        foreach (var initializer in s_initializers)
        {
            initializer(this);
        }
    }
}
