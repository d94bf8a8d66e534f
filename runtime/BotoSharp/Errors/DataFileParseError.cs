namespace BotoSharp.Errors;

/// <summary>
/// A data file (a model, <c>endpoints.json</c>, an sdk-extras file…) exists but is not valid JSON, not valid gzip, or
/// not a JSON object. botocore lets the raw <c>JSONDecodeError</c> escape; BotoSharp names the file instead.
/// </summary>
public class DataFileParseError : BotoCoreError
{
    /// <summary>Creates the error for <paramref name="path"/> with the parser's <paramref name="error"/>.</summary>
    public DataFileParseError(string path, string error, Exception? innerException = null)
        : base($"Unable to parse data file {path}: {error}", new (string, object?)[] { ("path", path), ("error", error) }, innerException)
    {
    }

    /// <summary>The file that could not be parsed.</summary>
    public string? Path => Kwargs.TryGetValue("path", out var v) ? v as string : null;

    /// <summary>What the parser reported.</summary>
    public string? Error => Kwargs.TryGetValue("error", out var v) ? v as string : null;
}
