namespace BotoSharp.Errors;

/// <summary>botocore's <c>RangeError</c>: Value out of range for param param: min_value &lt;= value &lt;= max_value</summary>
public class RangeError : ValidationError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public RangeError(string? param, string? minValue, string? value, string? maxValue, Exception? innerException = null)
        : base($"Value out of range for param {param}: {minValue} <= {value} <= {maxValue}", new (string, object?)[] { ("param", param), ("min_value", minValue), ("value", value), ("max_value", maxValue) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected RangeError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }


    /// <summary>The <c>min_value</c> value of the error.</summary>
    public string? MinValue => Kwargs.TryGetValue("min_value", out var v) ? v as string : null;


    /// <summary>The <c>max_value</c> value of the error.</summary>
    public string? MaxValue => Kwargs.TryGetValue("max_value", out var v) ? v as string : null;
}
