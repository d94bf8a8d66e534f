namespace BotoSharp.Configuration;

/// <summary>
/// What config providers read from a session: its instance variables and its scoped (current profile) config.
/// <see cref="Session"/> implements it; tests can supply their own.
/// </summary>
public interface IConfigSource
{
    /// <summary>A copy of the instance variables (values set with <c>SetConfigVariable</c>).</summary>
    IReadOnlyDictionary<string, object?> InstanceVariables();

    /// <summary>One instance variable, or null when unset; sources override this to avoid copying the whole map.</summary>
    object? GetInstanceVariable(string name) => InstanceVariables().TryGetValue(name, out var value) ? value : null;

    /// <summary>The current profile's config, with raw string values and nested sections as dictionaries.</summary>
    IReadOnlyDictionary<string, object?> GetScopedConfig();
}
