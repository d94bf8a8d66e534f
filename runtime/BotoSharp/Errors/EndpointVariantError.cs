namespace BotoSharp.Errors;

/// <summary>botocore's <c>EndpointVariantError</c>: Unable to construct a modeled endpoint with the following variant(s) tags: </summary>
public class EndpointVariantError : BaseEndpointResolverError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public EndpointVariantError(string? tags, string? errorMsg, Exception? innerException = null)
        : base($"Unable to construct a modeled endpoint with the following variant(s) {tags}: {errorMsg}", new (string, object?)[] { ("tags", tags), ("error_msg", errorMsg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected EndpointVariantError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>tags</c> value of the error.</summary>
    public string? Tags => Kwargs.TryGetValue("tags", out var v) ? v as string : null;

    /// <summary>The <c>error_msg</c> value of the error.</summary>
    public string? ErrorMsg => Kwargs.TryGetValue("error_msg", out var v) ? v as string : null;
}
