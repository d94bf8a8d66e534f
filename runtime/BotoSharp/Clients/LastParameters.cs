using BotoSharp.Endpoints;

namespace BotoSharp.Clients;

/// <summary>
/// The rule-set parameters of a client's last resolved call and their result. The parameter builder writes a client's
/// parameters in the same order every call, so an equal call is recognized by one pass in that order; only text and
/// boolean values are remembered (a list could change after the call).
/// </summary>
internal sealed class LastParameters
{
    private readonly KeyValuePair<string, object?>[] _entries;

    private LastParameters(KeyValuePair<string, object?>[] entries, ResolvedEndpoint result)
    {
        _entries = entries;
        Result = result;
    }

    /// <summary>What the rule set resolved these parameters to.</summary>
    public ResolvedEndpoint Result { get; }

    /// <summary>A record of <paramref name="parameters"/> and <paramref name="result"/>, or null when a value is not text or a boolean.</summary>
    public static LastParameters? Of(Dictionary<string, object?> parameters, ResolvedEndpoint result)
    {
        var entries = new KeyValuePair<string, object?>[parameters.Count];
        var i = 0;
        foreach (var entry in parameters)
        {
            if (entry.Value is not (string or bool))
            {
                return null;
            }
            entries[i++] = entry;
        }
        return new LastParameters(entries, result);
    }

    /// <summary>Whether <paramref name="parameters"/> holds the same names and values, in the same order.</summary>
    public bool Matches(Dictionary<string, object?> parameters)
    {
        if (parameters.Count != _entries.Length)
        {
            return false;
        }
        var i = 0;
        foreach (var (name, value) in parameters)
        {
            var (knownName, knownValue) = _entries[i++];
            // A boolean never equals text ("True" is not true), as in the provider's own cache key.
            var same = value switch
            {
                string text => knownValue is string knownText && string.Equals(text, knownText, StringComparison.Ordinal),
                bool flag => knownValue is bool knownFlag && flag == knownFlag,
                _ => false,
            };
            if (!same || !string.Equals(name, knownName, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
