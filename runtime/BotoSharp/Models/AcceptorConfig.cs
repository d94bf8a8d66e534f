using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Models;

/// <summary>
/// botocore's <c>waiter.AcceptorConfig</c>: one acceptor of a waiter — its <c>state</c> (<c>success</c>,
/// <c>failure</c>, <c>retry</c>), <c>matcher</c> (<c>path</c>, <c>pathAll</c>, <c>pathAny</c>, <c>status</c>,
/// <c>error</c>), <c>expected</c> value and optional JMESPath <c>argument</c>.
/// </summary>
public sealed class AcceptorConfig
{
    private static readonly string[] s_knownMatchers = { "path", "pathAll", "pathAny", "status", "error" };

    /// <summary>Reads an acceptor; an unknown matcher is rejected here, as botocore rejects it on construction.</summary>
    /// <exception cref="WaiterConfigError">A required field is missing or the matcher is unknown.</exception>
    public AcceptorConfig(JsonObject config)
    {
        ArgumentNullException.ThrowIfNull(config);
        State = Text(config, "state") ?? throw new WaiterConfigError("An acceptor has no 'state'.");
        Matcher = Text(config, "matcher") ?? throw new WaiterConfigError("An acceptor has no 'matcher'.");
        if (!config.ContainsKey("expected"))
        {
            throw new WaiterConfigError("An acceptor has no 'expected'.");
        }
        Expected = config["expected"];
        Argument = Text(config, "argument");
        if (!s_knownMatchers.Contains(Matcher, StringComparer.Ordinal))
        {
            throw new WaiterConfigError($"Unknown acceptor: {Matcher}");
        }
    }

    /// <summary>The waiter state this acceptor moves to.</summary>
    public string State { get; }

    /// <summary>The matcher kind.</summary>
    public string Matcher { get; }

    /// <summary>The expected value, as JSON (string, number, boolean…).</summary>
    public JsonNode? Expected { get; }

    /// <summary>The JMESPath expression of path matchers, else null.</summary>
    public string? Argument { get; }

    /// <summary>botocore's human-readable sentence for the acceptor, used in <see cref="WaiterError"/> messages.</summary>
    public string Explanation => Matcher switch
    {
        "path" => $"For expression \"{Argument}\" we matched expected path: \"{PythonExpected}\"",
        "pathAll" => $"For expression \"{Argument}\" all members matched expected path: \"{PythonExpected}\"",
        "pathAny" => $"For expression \"{Argument}\" we matched expected path: \"{PythonExpected}\" at least once",
        "status" => $"Matched expected HTTP status code: {PythonExpected}",
        "error" => $"Matched expected service error code: {PythonExpected}",
        _ => $"No explanation for unknown waiter type: \"{Matcher}\"",
    };

    /// <summary>The expected value as Python's <c>str()</c> prints it (<c>True</c>, <c>200</c>, <c>available</c>).</summary>
    private string PythonExpected => Expected switch
    {
        null => "None",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "True" : "False",
        _ => Expected.ToJsonString(),
    };

    private static string? Text(JsonObject config, string key) =>
        config[key] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
