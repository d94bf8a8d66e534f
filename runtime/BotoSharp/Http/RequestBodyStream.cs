namespace BotoSharp.Http;

/// <summary>
/// The request body as HttpClient sees it: reports upload progress to the read timeout and does not dispose the
/// caller's stream, which must stay usable for a retry.
/// </summary>
internal sealed class RequestBodyStream : ReadOnlyWrapperStream
{
    private readonly IdleTimeout _timeout;

    public RequestBodyStream(Stream inner, IdleTimeout timeout)
        : base(inner, leaveOpen: true)
    {
        _timeout = timeout;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Inner.Read(buffer, offset, count);
        _timeout.Touch();
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        _timeout.Touch();
        return n;
    }
}
