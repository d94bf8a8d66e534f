using System.Globalization;
using BotoSharp.JmesPath;

namespace BotoSharp.Paginators;

/// <summary>
/// The token rules botocore's <c>PageIterator</c> applies, shared by the dictionary and the typed page iterators:
/// starting-token parsing (the base64 JSON form and the old <c>___</c> form), the resume token's key check and
/// encoding, which token values are sent, and the repeated-token comparison.
/// </summary>
internal static class PaginationTokens
{
    /// <summary>The key botocore adds to a resume token for the items of its page already returned.</summary>
    public const string TruncateKey = "boto_truncate_amount";

    /// <summary>botocore's <c>_parse_starting_token</c>: the token's input values and how many items of its first page to skip.</summary>
    /// <exception cref="ArgumentException">An old-form token with more parts than the paginator has input tokens.</exception>
    public static (Dictionary<string, object?> Token, long Truncation) Parse(string startingToken, IReadOnlyList<string> inputTokens)
    {
        var decoded = PaginationToken.TryDecode(startingToken);
        if (decoded is null)
        {
            return ParseDeprecated(startingToken, inputTokens);
        }
        long index = 0;
        if (decoded.Remove(TruncateKey, out var amount))
        {
            index = JmesPathValues.ToLong(amount!);
        }
        return (decoded, index);
    }

    /// <summary>botocore's <c>resume_token</c> setter: the token must hold exactly the input tokens (and the truncate amount).</summary>
    /// <exception cref="ArgumentException">botocore's "Bad starting token" <c>ValueError</c>.</exception>
    public static string Resume(Dictionary<string, object?> token, IReadOnlyList<string> inputTokens)
    {
        var expected = inputTokens.Concat(token.ContainsKey(TruncateKey) ? new[] { TruncateKey } : Array.Empty<string>())
            .Order(StringComparer.Ordinal);
        if (!expected.SequenceEqual(token.Keys.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            throw new ArgumentException($"Bad starting token: {Protocols.PythonFormat.Repr(token)}");
        }
        return PaginationToken.Encode(token);
    }

    /// <summary>botocore's <c>_inject_token_into_kwargs</c> test: null and the string <c>"None"</c> remove the parameter.</summary>
    public static bool IsSent(object? value) => value is not null && !(value is string s && s == "None");

    /// <summary>botocore's <c>previous_next_token == next_token</c> (Python equality of the two dictionaries).</summary>
    public static bool Same(Dictionary<string, object?> a, Dictionary<string, object?> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && JmesPathValues.PythonEquals(p.Value, v));

    /// <summary>botocore's message for a service that answers the same next token twice.</summary>
    public static Errors.PaginationError Repeated(Dictionary<string, object?> token) =>
        new($"The same next token was received twice: {Protocols.PythonFormat.Repr(token)}");

    // botocore's old "token___token___index" format, kept so old tokens still resume.
    private static (Dictionary<string, object?>, long) ParseDeprecated(string startingToken, IReadOnlyList<string> inputTokens)
    {
        var parts = startingToken.Split("___").ToList();
        long index = 0;
        if (parts.Count == inputTokens.Count + 1)
        {
            if (long.TryParse(parts[^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index))
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                index = 0;
                parts = new List<string> { startingToken };
            }
        }
        if (parts.Count > inputTokens.Count)
        {
            throw new ArgumentException($"Bad starting token: {startingToken}");
        }
        var token = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (int i = 0; i < inputTokens.Count; i++)
        {
            token[inputTokens[i]] = i < parts.Count && parts[i] != "None" ? parts[i] : null;
        }
        return (token, index);
    }
}
