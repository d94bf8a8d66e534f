using BotoSharp.Errors;

namespace BotoSharp.Http;

/// <summary>
/// A streaming response body handed to the caller (botocore's <c>StreamingBody</c> raw stream): each read has the
/// read timeout, and failures become <see cref="ReadTimeoutError"/> or <see cref="ResponseStreamingError"/>.
/// </summary>
internal sealed class ResponseBodyStream : Stream
{
    private readonly Stream _inner;
    private readonly TimeSpan _readTimeout;
    private readonly string _url;
    private readonly IDisposable _owner;

    public ResponseBodyStream(Stream inner, TimeSpan readTimeout, string url, IDisposable owner)
    {
        _inner = inner;
        _readTimeout = readTimeout;
        _url = url;
        _owner = owner;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var timeout = new IdleTimeout(_readTimeout, cancellationToken);
        try
        {
            return await _inner.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
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

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _owner.Dispose();
        }
        base.Dispose(disposing);
    }
}
