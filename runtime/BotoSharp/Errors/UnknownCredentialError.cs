namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownCredentialError</c>: Credential named name not found.</summary>
public class UnknownCredentialError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownCredentialError(string? name, Exception? innerException = null)
        : base($"Credential named {name} not found.", new (string, object?)[] { ("name", name) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownCredentialError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>name</c> value of the error.</summary>
    public string? Name => Kwargs.TryGetValue("name", out var v) ? v as string : null;
}
