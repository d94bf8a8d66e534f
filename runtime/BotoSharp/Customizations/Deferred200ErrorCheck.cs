namespace BotoSharp.Customizations;

/// <summary>
/// The <c>body</c> S3's 200-with-error row is handed when the parse stage will read a 200 typed with the byte reader
/// and only builtin rows see <c>before-parse</c>. The reader proves a body well-formed and its root not
/// <c>Error</c> as a by-product, so the row leaves its check (a full scan of the body) to the parse stage by setting
/// <see cref="Requested"/>; when the read cannot prove it, the stage runs the row's own check before anything reads
/// the status, so the outcome is botocore's either way.
/// </summary>
/// <remarks>One instance per thread is handed out again (<see cref="For"/>): only builtin rows see it, within one
/// synchronous emit, and none keeps it.</remarks>
internal sealed class Deferred200ErrorCheck
{
    [ThreadStatic]
    private static Deferred200ErrorCheck? t_current;

    private Deferred200ErrorCheck()
    {
    }

    /// <summary>The body, in place.</summary>
    public ArraySegment<byte> Body { get; private set; }

    /// <summary>Whether the row ran for this operation and left its check to the parse stage.</summary>
    public bool Requested { get; set; }

    /// <summary>The thread's instance over <paramref name="body"/>, not yet requested.</summary>
    public static Deferred200ErrorCheck For(ArraySegment<byte> body)
    {
        var check = t_current ??= new Deferred200ErrorCheck();
        check.Body = body;
        check.Requested = false;
        return check;
    }
}
