namespace BotoSharp.Errors;

/// <summary>botocore's <c>NoRegionError</c>: You must specify a region.</summary>
public class NoRegionError : BaseEndpointResolverError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public NoRegionError(Exception? innerException = null)
        : base("You must specify a region.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected NoRegionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
