namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnsupportedSignatureVersionError</c>: Signature version(s) are not supported: signature_version</summary>
public class UnsupportedSignatureVersionError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnsupportedSignatureVersionError(string? signatureVersion, Exception? innerException = null)
        : base($"Signature version(s) are not supported: {signatureVersion}", new (string, object?)[] { ("signature_version", signatureVersion) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnsupportedSignatureVersionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>signature_version</c> value of the error.</summary>
    public string? SignatureVersion => Kwargs.TryGetValue("signature_version", out var v) ? v as string : null;
}
