namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidRegionError</c>: Provided region_name 'region_name' doesn't match a supported format.</summary>
public class InvalidRegionError : ValidationError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidRegionError(string? regionName, Exception? innerException = null)
        : base($"Provided region_name '{regionName}' doesn't match a supported format.", new (string, object?)[] { ("region_name", regionName) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidRegionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>region_name</c> value of the error.</summary>
    public string? RegionName => Kwargs.TryGetValue("region_name", out var v) ? v as string : null;
}
