using BotoSharp.Errors;

namespace BotoSharp.Http;

/// <summary>
/// A streaming response body handed to the caller (botocore's <c>StreamingBody</c> raw stream): each read has the
/// read timeout, and failures become <see cref="ReadTimeoutError"/> or <see cref="ResponseStreamingError"/>.
/// </summary>
internal sealed class ResponseBodyStream : ReadOnlyWrapperStream
{
    private readonly TimeSpan _readTimeout;
    private readonly string _url;
    private readonly IDisposable _owner;

    public ResponseBodyStream(Stream inner, TimeSpan readTimeout, string url, IDisposable owner)
        : base(inner)
    {
        _readTimeout = readTimeout;
        _url = url;
        _owner = owner;
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        using var timeout = new IdleTimeout(_readTimeout, cancellationToken);
        try
        {
            return await Inner.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.TimedOut)
        {
            throw new ReadTimeoutError(_url, ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new ResponseStreamingError(ex.Message, ex);
        }
    }

    protected override void Dispose(bool disposing)
    {
        // The base disposes the inner stream first, as before; the owner (the HTTP response) goes after it.
        base.Dispose(disposing);
        if (disposing)
        {
            _owner.Dispose();
        }
    }
}
