namespace BotoSharp.Errors;

/// <summary>botocore's <c>ConfigParseError</c>: Unable to parse config file: path</summary>
public class ConfigParseError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ConfigParseError(string? path, Exception? innerException = null)
        : base($"Unable to parse config file: {path}", new (string, object?)[] { ("path", path) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ConfigParseError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>path</c> value of the error.</summary>
    public string? Path => Kwargs.TryGetValue("path", out var v) ? v as string : null;
}
