namespace BotoSharp.Clients.Stages;

/// <summary>
/// Boxes the call path puts into botocore's dictionaries on every call (context flags, the attempt number,
/// <c>RetryAttempts</c>) and client creation into its endpoint builtins, made once: a boxed value cannot be changed, so
/// sharing one is the same as a fresh box. The two bool boxes are configuration's (<c>ConfigValues.Boxed</c>).
/// </summary>
internal static class BoxedValues
{
    private const int Kept = 16;

    private static readonly object[] s_ints = Make(i => i);
    private static readonly object[] s_longs = Make(i => (long)i);
    private static readonly object s_ok = 200L;

    /// <summary>The shared box of <paramref name="value"/>.</summary>
    public static object Of(bool value) => Configuration.ConfigValues.Boxed(value);

    /// <summary>A shared box for small counts, a new one otherwise.</summary>
    public static object Of(int value) => (uint)value < Kept ? s_ints[value] : value;

    /// <summary>A shared box for small counts, a new one otherwise.</summary>
    public static object OfLong(int value) => (uint)value < Kept ? s_longs[value] : (long)value;

    /// <summary>An HTTP status as botocore's <c>HTTPStatusCode</c> (a long): the shared box of 200, a new one otherwise.</summary>
    public static object OfStatus(int status) => status == 200 ? s_ok : (long)status;

    private static object[] Make(Func<int, object> box)
    {
        var boxes = new object[Kept];
        for (var i = 0; i < Kept; i++)
        {
            boxes[i] = box(i);
        }
        return boxes;
    }
}
