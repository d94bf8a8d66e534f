using System.Text;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// Tallies botocore's answers per field (a value, None, or each error type), so a run shows what it exercised:
/// a generator that only ever produced errors would agree trivially.
/// </summary>
internal sealed class AnswerCoverage
{
    private readonly SortedDictionary<string, SortedDictionary<string, int>> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one scenario's answer object.</summary>
    public void Add(JsonObject answers)
    {
        foreach (var (field, value) in answers)
        {
            if (field == "variables" && value is JsonArray rows)
            {
                foreach (var row in rows.OfType<JsonArray>())
                {
                    Count("var " + row[0]!.GetValue<string>(), row[1]);
                }
            }
            else if (value is JsonArray pairs && field is "partition_for_region" or "operations")
            {
                foreach (var pair in pairs.OfType<JsonArray>())
                {
                    Count(field, pair[1]);
                }
            }
            else
            {
                Count(field, value);
            }
        }
    }

    /// <summary>One line per field: <c>field: value=n None=n ErrorType=n</c>.</summary>
    public string Summary()
    {
        var text = new StringBuilder("botocore answers per field:\n");
        foreach (var (field, kinds) in _counts)
        {
            text.Append("  ").Append(field).Append(": ").AppendJoin(' ', kinds.Select(k => $"{k.Key}={k.Value}")).Append('\n');
        }
        return text.ToString();
    }

    private void Count(string field, JsonNode? value)
    {
        string kind = value switch
        {
            null => "None",
            JsonObject error when error.Count == 1 && error["error"] is JsonValue name => name.GetValue<string>(),
            JsonObject deferred when deferred["deferred"] is JsonValue method => "deferred " + method.GetValue<string>(),
            _ => "value",
        };
        if (!_counts.TryGetValue(field, out var kinds))
        {
            _counts[field] = kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        }
        kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
    }
}
