namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownEndpointResolutionBuiltInName</c>: Unknown builtin variable name: name</summary>
public class UnknownEndpointResolutionBuiltInName : EndpointProviderError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownEndpointResolutionBuiltInName(string? name, Exception? innerException = null)
        : base($"Unknown builtin variable name: {name}", new (string, object?)[] { ("name", name) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownEndpointResolutionBuiltInName(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>name</c> value of the error.</summary>
    public string? Name => Kwargs.TryGetValue("name", out var v) ? v as string : null;
}
