namespace BotoSharp.Errors;

/// <summary>botocore's <c>ProfileNotFound</c>: The config profile (profile) could not be found</summary>
public class ProfileNotFound : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ProfileNotFound(string? profile, Exception? innerException = null)
        : base($"The config profile ({profile}) could not be found", new (string, object?)[] { ("profile", profile) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ProfileNotFound(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>profile</c> value of the error.</summary>
    public string? Profile => Kwargs.TryGetValue("profile", out var v) ? v as string : null;
}
