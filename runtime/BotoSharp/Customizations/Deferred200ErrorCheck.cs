namespace BotoSharp.Customizations;

/// <summary>
/// The <c>body</c> S3's 200-with-error row is handed when the parse stage will read a 200 typed with the byte reader
/// and only builtin rows see <c>before-parse</c>. The reader proves a body well-formed and its root not
/// <c>Error</c> as a by-product, so the row leaves its check (a full scan of the body) to the parse stage by setting
/// <see cref="Requested"/>; when the read cannot prove it, the stage runs the row's own check before anything reads
/// the status, so the outcome is botocore's either way.
/// </summary>
internal sealed class Deferred200ErrorCheck
{
    /// <summary>Wraps the pooled body the row would have scanned.</summary>
    public Deferred200ErrorCheck(ArraySegment<byte> body) => Body = body;

    /// <summary>The body, in place.</summary>
    public ArraySegment<byte> Body { get; }

    /// <summary>Whether the row ran for this operation and left its check to the parse stage.</summary>
    public bool Requested { get; set; }
}
