namespace BotoSharp.Endpoints.Library;

/// <summary><c>aws.parseArn</c>: the parts of an ARN as a map, or null when it is not one.</summary>
internal static class ArnComponents
{
    /// <summary>
    /// Splits <c>arn:partition:service:region:account:resource</c> (the resource keeps later colons); partition,
    /// service and resource must be non-empty. <c>resourceId</c> is the resource split on both <c>:</c> and <c>/</c>.
    /// </summary>
    public static Dictionary<string, object?>? Parse(object? value)
    {
        if (value is not string arn || !arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return null;
        }
        var parts = arn.Split(':', 6);
        if (parts.Length < 6 || parts[1].Length == 0 || parts[2].Length == 0 || parts[5].Length == 0)
        {
            return null;
        }
        return new Dictionary<string, object?>(5, StringComparer.Ordinal)
        {
            ["partition"] = parts[1],
            ["service"] = parts[2],
            ["region"] = parts[3],
            ["accountId"] = parts[4],
            ["resourceId"] = parts[5].Replace(':', '/').Split('/'),
        };
    }
}
