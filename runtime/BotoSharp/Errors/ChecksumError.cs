namespace BotoSharp.Errors;

/// <summary>botocore's <c>ChecksumError</c>: Checksum checksum_type failed, expected checksum expected_checksum did not match calculated checksum actual_checksum.</summary>
public class ChecksumError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ChecksumError(string? checksumType, string? expectedChecksum, string? actualChecksum, Exception? innerException = null)
        : base($"Checksum {checksumType} failed, expected checksum {expectedChecksum} did not match calculated checksum {actualChecksum}.", new (string, object?)[] { ("checksum_type", checksumType), ("expected_checksum", expectedChecksum), ("actual_checksum", actualChecksum) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ChecksumError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>checksum_type</c> value of the error.</summary>
    public string? ChecksumType => Kwargs.TryGetValue("checksum_type", out var v) ? v as string : null;

    /// <summary>The <c>expected_checksum</c> value of the error.</summary>
    public string? ExpectedChecksum => Kwargs.TryGetValue("expected_checksum", out var v) ? v as string : null;

    /// <summary>The <c>actual_checksum</c> value of the error.</summary>
    public string? ActualChecksum => Kwargs.TryGetValue("actual_checksum", out var v) ? v as string : null;
}
