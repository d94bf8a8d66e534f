namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownSignatureVersionError</c>: Unknown Signature Version: signature_version.</summary>
public class UnknownSignatureVersionError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownSignatureVersionError(string? signatureVersion, Exception? innerException = null)
        : base($"Unknown Signature Version: {signatureVersion}.", new (string, object?)[] { ("signature_version", signatureVersion) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownSignatureVersionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>signature_version</c> value of the error.</summary>
    public string? SignatureVersion => Kwargs.TryGetValue("signature_version", out var v) ? v as string : null;
}
