namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnseekableStreamError</c>: Need to rewind the stream stream_object, but stream is not seekable.</summary>
public class UnseekableStreamError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnseekableStreamError(string? streamObject, Exception? innerException = null)
        : base($"Need to rewind the stream {streamObject}, but stream is not seekable.", new (string, object?)[] { ("stream_object", streamObject) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnseekableStreamError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>stream_object</c> value of the error.</summary>
    public string? StreamObject => Kwargs.TryGetValue("stream_object", out var v) ? v as string : null;
}
