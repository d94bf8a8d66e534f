using System.Collections;

namespace BotoSharp.Configuration;

/// <summary>
/// The process environment as a live read-only map (each lookup reads the current value), which is what
/// botocore's <c>os.environ</c> is to its providers.
/// </summary>
public sealed class ProcessEnvironment : IReadOnlyDictionary<string, string>
{
    /// <summary>The shared instance.</summary>
    public static ProcessEnvironment Instance { get; } = new();

    private ProcessEnvironment()
    {
    }

    /// <inheritdoc/>
    public string this[string key] => Environment.GetEnvironmentVariable(key) ?? throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public IEnumerable<string> Keys => Snapshot().Keys;

    /// <inheritdoc/>
    public IEnumerable<string> Values => Snapshot().Values;

    /// <inheritdoc/>
    public int Count => Snapshot().Count;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Environment.GetEnvironmentVariable(key) is not null;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value)
    {
        value = Environment.GetEnvironmentVariable(key);
        return value is not null;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static Dictionary<string, string> Snapshot()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            map[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }
        return map;
    }
}
