namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidHostLabelError</c>: Invalid host label to be bound to the hostname of the endpoint: "label".</summary>
public class InvalidHostLabelError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidHostLabelError(string? label, Exception? innerException = null)
        : base($"Invalid host label to be bound to the hostname of the endpoint: \"{label}\".", new (string, object?)[] { ("label", label) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidHostLabelError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>label</c> value of the error.</summary>
    public string? Label => Kwargs.TryGetValue("label", out var v) ? v as string : null;
}
