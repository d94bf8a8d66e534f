namespace BotoSharp.Http;

/// <summary>
/// The shared base of the runtime's body wrappers (request bodies, streaming responses, checksum validation,
/// <c>aws-chunked</c> framing): a read-only, forward-only stream over an inner stream. Writing, resizing and, unless
/// a subclass says otherwise, seeking are refused; the array overloads of the read methods forward to the span and
/// memory overloads so each wrapper writes its read logic once.
/// </summary>
public abstract class ReadOnlyWrapperStream : Stream
{
    private readonly bool _leaveOpen;

    /// <summary>Wraps <paramref name="inner"/>; it is disposed with this stream unless <paramref name="leaveOpen"/>.</summary>
    protected ReadOnlyWrapperStream(Stream inner, bool leaveOpen = false)
    {
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _leaveOpen = leaveOpen;
    }

    /// <summary>The wrapped stream.</summary>
    protected Stream Inner { get; }

    /// <summary>True once this stream is disposed.</summary>
    protected bool IsDisposed { get; private set; }

    /// <summary>
    /// Refuses a read after disposal: a closed HTTP body reads as empty, which a wrapper would otherwise take for the
    /// end of the data (and e.g. report a checksum mismatch).
    /// </summary>
    /// <exception cref="ObjectDisposedException">This stream was disposed.</exception>
    protected void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(IsDisposed, this);

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <summary>False unless a subclass supports seeking.</summary>
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <summary>Not supported unless a subclass knows its length.</summary>
    public override long Length => throw new NotSupportedException();

    /// <summary>Not supported unless a subclass tracks its position.</summary>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Each wrapper reads asynchronously itself: abstract so the array overload below cannot loop back through
    /// <see cref="Stream"/>'s default, which calls the array overload.
    /// </summary>
    public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Nothing to flush: the stream is read-only.</summary>
    public override void Flush()
    {
    }

    /// <summary>Not supported unless a subclass supports seeking.</summary>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <summary>Not supported: the stream is read-only.</summary>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Not supported: the stream is read-only.</summary>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Disposes the inner stream unless it was left open.</summary>
    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        if (disposing && !_leaveOpen)
        {
            Inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
