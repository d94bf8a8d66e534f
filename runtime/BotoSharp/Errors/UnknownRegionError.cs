namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownRegionError</c>: Unknown region: 'region_name'. error_msg</summary>
public class UnknownRegionError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownRegionError(string? regionName, string? errorMsg, Exception? innerException = null)
        : base($"Unknown region: '{regionName}'. {errorMsg}", new (string, object?)[] { ("region_name", regionName), ("error_msg", errorMsg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownRegionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>region_name</c> value of the error.</summary>
    public string? RegionName => Kwargs.TryGetValue("region_name", out var v) ? v as string : null;

    /// <summary>The <c>error_msg</c> value of the error.</summary>
    public string? ErrorMsg => Kwargs.TryGetValue("error_msg", out var v) ? v as string : null;
}
