namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnsupportedOutpostResourceError</c>: S3 Outpost ARN resource "resource_name" provided to "Bucket" parameter is invalid. Only ARNs for S3 Outpost arns with an access-point sub-resource are supported.</summary>
public class UnsupportedOutpostResourceError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnsupportedOutpostResourceError(string? resourceName, Exception? innerException = null)
        : base($"S3 Outpost ARN resource \"{resourceName}\" provided to \"Bucket\" parameter is invalid. Only ARNs for S3 Outpost arns with an access-point sub-resource are supported.", new (string, object?)[] { ("resource_name", resourceName) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnsupportedOutpostResourceError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>resource_name</c> value of the error.</summary>
    public string? ResourceName => Kwargs.TryGetValue("resource_name", out var v) ? v as string : null;
}
