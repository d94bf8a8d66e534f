namespace BotoSharp.Errors;

/// <summary>botocore's <c>DataNotFoundError</c>: Unable to load data for: data_path</summary>
public class DataNotFoundError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public DataNotFoundError(string? dataPath, Exception? innerException = null)
        : base($"Unable to load data for: {dataPath}", new (string, object?)[] { ("data_path", dataPath) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected DataNotFoundError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>data_path</c> value of the error.</summary>
    public string? DataPath => Kwargs.TryGetValue("data_path", out var v) ? v as string : null;
}
