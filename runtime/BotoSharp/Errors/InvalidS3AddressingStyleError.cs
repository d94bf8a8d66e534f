namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidS3AddressingStyleError</c>: S3 addressing style s3_addressing_style is invalid. Valid options are: 'auto', 'virtual', and 'path'</summary>
public class InvalidS3AddressingStyleError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidS3AddressingStyleError(string? s3AddressingStyle, Exception? innerException = null)
        : base($"S3 addressing style {s3AddressingStyle} is invalid. Valid options are: 'auto', 'virtual', and 'path'", new (string, object?)[] { ("s3_addressing_style", s3AddressingStyle) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidS3AddressingStyleError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>s3_addressing_style</c> value of the error.</summary>
    public string? S3AddressingStyle => Kwargs.TryGetValue("s3_addressing_style", out var v) ? v as string : null;
}
