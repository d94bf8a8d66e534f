namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidS3UsEast1RegionalEndpointConfigError</c>: S3 us-east-1 regional endpoint option s3_us_east_1_regional_endpoint_config is invalid. Valid options are: "legacy", "regional"</summary>
public class InvalidS3UsEast1RegionalEndpointConfigError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidS3UsEast1RegionalEndpointConfigError(string? s3UsEast1RegionalEndpointConfig, Exception? innerException = null)
        : base($"S3 us-east-1 regional endpoint option {s3UsEast1RegionalEndpointConfig} is invalid. Valid options are: \"legacy\", \"regional\"", new (string, object?)[] { ("s3_us_east_1_regional_endpoint_config", s3UsEast1RegionalEndpointConfig) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidS3UsEast1RegionalEndpointConfigError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>s3_us_east_1_regional_endpoint_config</c> value of the error.</summary>
    public string? S3UsEast1RegionalEndpointConfig => Kwargs.TryGetValue("s3_us_east_1_regional_endpoint_config", out var v) ? v as string : null;
}
