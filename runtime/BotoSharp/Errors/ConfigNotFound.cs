namespace BotoSharp.Errors;

/// <summary>botocore's <c>ConfigNotFound</c>: The specified config file (path) could not be found.</summary>
public class ConfigNotFound : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ConfigNotFound(string? path, Exception? innerException = null)
        : base($"The specified config file ({path}) could not be found.", new (string, object?)[] { ("path", path) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ConfigNotFound(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>path</c> value of the error.</summary>
    public string? Path => Kwargs.TryGetValue("path", out var v) ? v as string : null;
}
