using System.Collections;
using System.Diagnostics.CodeAnalysis;
using BotoSharp.Endpoints;

namespace BotoSharp.Clients;

/// <summary>
/// A client's rule-set builtins (the dictionary botocore's <c>compute_endpoint_resolver_builtin_defaults</c> returns):
/// one value slot per builtin name, over a name table shared by every client. Read-only, and enumerated in botocore's
/// order as that dictionary is. Every client built a fourteen-entry dictionary for it (about 600 bytes).
/// </summary>
internal sealed class EndpointBuiltInMap : IReadOnlyDictionary<string, object?>
{
    // The builtin names, in botocore's order; the values passed to the constructor follow it.
    private static readonly string[] s_names =
    {
        EndpointBuiltIns.Region, EndpointBuiltIns.UseFips, EndpointBuiltIns.UseDualStack, EndpointBuiltIns.StsUseGlobalEndpoint,
        EndpointBuiltIns.S3UseGlobalEndpoint, EndpointBuiltIns.S3Accelerate, EndpointBuiltIns.S3ForcePathStyle,
        EndpointBuiltIns.S3UseArnRegion, EndpointBuiltIns.S3ControlUseArnRegion, EndpointBuiltIns.S3DisableMultiRegionAccessPoints,
        EndpointBuiltIns.S3DisableExpressSessionAuth, EndpointBuiltIns.SdkEndpoint, EndpointBuiltIns.AccountId,
        EndpointBuiltIns.AccountIdEndpointMode,
    };

    private static readonly Dictionary<string, int> s_slots = SlotsByName();

    private readonly object?[] _values;

    /// <summary>Creates the map over <paramref name="values"/>, one per builtin, in botocore's order (Region, UseFIPS,
    /// UseDualStack, the STS/S3/S3 Control flags, DisableS3ExpressSessionAuth, SDK::Endpoint, AccountId, AccountIdEndpointMode).</summary>
    /// <exception cref="ArgumentException">Not one value per name.</exception>
    public EndpointBuiltInMap(object?[] values)
    {
        if (values.Length != s_names.Length)
        {
            throw new ArgumentException($"Expected {s_names.Length} builtin values, got {values.Length}.", nameof(values));
        }
        _values = values;
    }

    /// <inheritdoc/>
    public object? this[string key] => s_slots.TryGetValue(key, out var slot)
        ? _values[slot]
        : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");

    /// <inheritdoc/>
    public IEnumerable<string> Keys => s_names;

    /// <inheritdoc/>
    public IEnumerable<object?> Values => Array.AsReadOnly(_values);

    /// <inheritdoc/>
    public int Count => s_names.Length;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => s_slots.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (s_slots.TryGetValue(key, out var slot))
        {
            value = _values[slot];
            return true;
        }
        value = null;
        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < s_names.Length; i++)
        {
            yield return new(s_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// A dictionary of the same entries in the same order, at its exact size: what <c>before-endpoint-resolution</c>
    /// handlers get to change (botocore's <c>copy.copy</c>). Copying through the enumerator grew it twice.
    /// </summary>
    public static Dictionary<string, object?> MutableCopy(IReadOnlyDictionary<string, object?> builtIns)
    {
        var copy = new Dictionary<string, object?>(builtIns.Count, StringComparer.Ordinal);
        if (builtIns is EndpointBuiltInMap map)
        {
            for (var i = 0; i < s_names.Length; i++)
            {
                copy.Add(s_names[i], map._values[i]);
            }
            return copy;
        }
        foreach (var (name, value) in builtIns)
        {
            copy.Add(name, value);
        }
        return copy;
    }

    // A loop, not LINQ over tuples: generic code over a value tuple has no precompiled form for a cold process.
    private static Dictionary<string, int> SlotsByName()
    {
        var slots = new Dictionary<string, int>(s_names.Length, StringComparer.Ordinal);
        for (var i = 0; i < s_names.Length; i++)
        {
            slots[s_names[i]] = i;
        }
        return slots;
    }
}
