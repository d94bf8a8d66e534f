namespace BotoSharp.Configuration;

/// <summary>
/// A key of the scoped (profile) config: a plain key such as <c>region</c>, or, as botocore's tuple keys, a key
/// inside a nested sub-section such as <c>("s3", "addressing_style")</c>.
/// </summary>
/// <param name="Section">The nested sub-section, or null for a top-level profile key.</param>
/// <param name="Name">The key.</param>
public readonly record struct ConfigKey(string? Section, string Name)
{
    /// <summary>A top-level profile key.</summary>
    public static implicit operator ConfigKey(string name) => new(null, name);

    /// <summary>A key inside a nested sub-section.</summary>
    public static implicit operator ConfigKey((string Section, string Name) key) => new(key.Section, key.Name);

    /// <summary>Reads this key from a profile dictionary; a sub-section that is not a dictionary gives null.</summary>
    public object? ReadFrom(IReadOnlyDictionary<string, object?> scopedConfig)
    {
        if (Section is null)
        {
            return scopedConfig.TryGetValue(Name, out var value) ? value : null;
        }
        return scopedConfig.TryGetValue(Section, out var section) && section is IReadOnlyDictionary<string, object?> map
            && map.TryGetValue(Name, out var nested) ? nested : null;
    }

    /// <summary>The key as botocore writes it: <c>region</c> or <c>('s3', 'addressing_style')</c>.</summary>
    public override string ToString() => Section is null ? Name : $"('{Section}', '{Name}')";
}
