namespace BotoSharp.Errors;

/// <summary>botocore's <c>InfiniteLoopConfigError</c>: Infinite loop in credential configuration detected. Attempting to load from profile source_profile which has already been visited. Visited profiles: visited_profiles</summary>
public class InfiniteLoopConfigError : InvalidConfigError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InfiniteLoopConfigError(string? sourceProfile, string? visitedProfiles, Exception? innerException = null)
        : base($"Infinite loop in credential configuration detected. Attempting to load from profile {sourceProfile} which has already been visited. Visited profiles: {visitedProfiles}", new (string, object?)[] { ("source_profile", sourceProfile), ("visited_profiles", visitedProfiles) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InfiniteLoopConfigError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>source_profile</c> value of the error.</summary>
    public string? SourceProfile => Kwargs.TryGetValue("source_profile", out var v) ? v as string : null;

    /// <summary>The <c>visited_profiles</c> value of the error.</summary>
    public string? VisitedProfiles => Kwargs.TryGetValue("visited_profiles", out var v) ? v as string : null;
}
