namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidSTSRegionalEndpointsConfigError</c>: STS regional endpoints option sts_regional_endpoints_config is invalid. Valid options are: "legacy", "regional"</summary>
public class InvalidSTSRegionalEndpointsConfigError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidSTSRegionalEndpointsConfigError(string? stsRegionalEndpointsConfig, Exception? innerException = null)
        : base($"STS regional endpoints option {stsRegionalEndpointsConfig} is invalid. Valid options are: \"legacy\", \"regional\"", new (string, object?)[] { ("sts_regional_endpoints_config", stsRegionalEndpointsConfig) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidSTSRegionalEndpointsConfigError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>sts_regional_endpoints_config</c> value of the error.</summary>
    public string? StsRegionalEndpointsConfig => Kwargs.TryGetValue("sts_regional_endpoints_config", out var v) ? v as string : null;
}
