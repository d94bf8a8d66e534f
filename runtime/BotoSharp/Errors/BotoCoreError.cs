namespace BotoSharp.Errors;

/// <summary>
/// The root of every BotoSharp error, as botocore's <c>BotoCoreError</c>: a message formatted from named
/// fields, which stay available in <see cref="Kwargs"/> so a caller can inspect them without parsing text.
/// </summary>
public class BotoCoreError : Exception
{
    /// <summary>Creates the generic error, "An unspecified error occurred".</summary>
    public BotoCoreError()
        : this("An unspecified error occurred", Array.Empty<(string, object?)>(), null)
    {
    }

    /// <summary>Creates an error with a formatted message and the fields it was formatted from.</summary>
    protected BotoCoreError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, innerException)
    {
        var map = new Dictionary<string, object?>(kwargs.Count, StringComparer.Ordinal);
        foreach (var (name, value) in kwargs)
        {
            map[name] = value;
        }
        Kwargs = map;
    }

    /// <summary>The named fields of the message, by botocore's field names (<c>profile</c>, <c>cred_var</c>…).</summary>
    public IReadOnlyDictionary<string, object?> Kwargs { get; }
}
