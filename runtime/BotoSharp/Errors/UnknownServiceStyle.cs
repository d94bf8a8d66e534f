namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownServiceStyle</c>: The service style (service_style) is not understood.</summary>
public class UnknownServiceStyle : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownServiceStyle(string? serviceStyle, Exception? innerException = null)
        : base($"The service style ({serviceStyle}) is not understood.", new (string, object?)[] { ("service_style", serviceStyle) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownServiceStyle(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>service_style</c> value of the error.</summary>
    public string? ServiceStyle => Kwargs.TryGetValue("service_style", out var v) ? v as string : null;
}
