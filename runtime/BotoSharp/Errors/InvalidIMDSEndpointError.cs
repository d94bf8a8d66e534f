namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidIMDSEndpointError</c>: Invalid endpoint EC2 Instance Metadata endpoint: endpoint</summary>
public class InvalidIMDSEndpointError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidIMDSEndpointError(string? endpoint, Exception? innerException = null)
        : base($"Invalid endpoint EC2 Instance Metadata endpoint: {endpoint}", new (string, object?)[] { ("endpoint", endpoint) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidIMDSEndpointError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>endpoint</c> value of the error.</summary>
    public string? Endpoint => Kwargs.TryGetValue("endpoint", out var v) ? v as string : null;
}
