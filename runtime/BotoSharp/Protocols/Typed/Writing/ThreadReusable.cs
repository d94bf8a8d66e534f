namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// One instance of a per-call helper (a validator, a form writer) kept per thread and reused call after call, so
/// the typed write path allocates its bookkeeping once per thread instead of once per call. An instance is taken
/// out while in use (a nested use on the same thread gets a fresh one) and given back only after a clean run, so a
/// run that threw never leaves a half-used instance behind.
/// </summary>
internal static class ThreadReusable<T>
    where T : class, new()
{
    [ThreadStatic]
    private static T? s_instance;

    /// <summary>The thread's instance, or a new one when it is in use or was never made.</summary>
    public static T Take()
    {
        var instance = s_instance ?? new T();
        s_instance = null;
        return instance;
    }

    /// <summary>Gives <paramref name="instance"/> back for the next call on this thread (it must be reset).</summary>
    public static void Return(T instance) => s_instance = instance;
}
