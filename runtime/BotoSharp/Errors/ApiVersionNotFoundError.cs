namespace BotoSharp.Errors;

/// <summary>botocore's <c>ApiVersionNotFoundError</c>: Unable to load data data_path for: api_version</summary>
public class ApiVersionNotFoundError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ApiVersionNotFoundError(string? dataPath, string? apiVersion, Exception? innerException = null)
        : base($"Unable to load data {dataPath} for: {apiVersion}", new (string, object?)[] { ("data_path", dataPath), ("api_version", apiVersion) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ApiVersionNotFoundError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>data_path</c> value of the error.</summary>
    public string? DataPath => Kwargs.TryGetValue("data_path", out var v) ? v as string : null;

    /// <summary>The <c>api_version</c> value of the error.</summary>
    public string? ApiVersion => Kwargs.TryGetValue("api_version", out var v) ? v as string : null;
}
