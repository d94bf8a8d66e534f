namespace BotoSharp.Errors;

/// <summary>botocore's <c>MissingParametersError</c>: The following required parameters are missing for object_name: missing</summary>
public class MissingParametersError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public MissingParametersError(string? objectName, string? missing, Exception? innerException = null)
        : base($"The following required parameters are missing for {objectName}: {missing}", new (string, object?)[] { ("object_name", objectName), ("missing", missing) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected MissingParametersError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>object_name</c> value of the error.</summary>
    public string? ObjectName => Kwargs.TryGetValue("object_name", out var v) ? v as string : null;

    /// <summary>The <c>missing</c> value of the error.</summary>
    public string? Missing => Kwargs.TryGetValue("missing", out var v) ? v as string : null;
}
