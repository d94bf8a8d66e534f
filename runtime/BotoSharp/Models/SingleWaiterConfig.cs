using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Models;

/// <summary>botocore's <c>waiter.SingleWaiterConfig</c>: one named waiter (e.g. <c>TableExists</c>).</summary>
public sealed class SingleWaiterConfig
{
    private readonly JsonObject _config;

    /// <summary>Reads a waiter's configuration; <c>operation</c>, <c>delay</c> and <c>maxAttempts</c> are required.</summary>
    /// <exception cref="WaiterConfigError">A required field is missing or has the wrong type.</exception>
    public SingleWaiterConfig(string name, JsonObject config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        Name = name;
        Description = config["description"] is JsonValue d && d.TryGetValue<string>(out var text) ? text : string.Empty;
        Operation = config["operation"] is JsonValue o && o.TryGetValue<string>(out var op)
            ? op
            : throw new WaiterConfigError($"Waiter {name} has no 'operation'.");
        Delay = Number(config, "delay", name);
        MaxAttempts = (int)Number(config, "maxAttempts", name);
    }

    /// <summary>The waiter's name.</summary>
    public string Name { get; }

    /// <summary><c>description</c>, or empty.</summary>
    public string Description { get; }

    /// <summary>The operation the waiter polls.</summary>
    public string Operation { get; }

    /// <summary>Seconds between attempts.</summary>
    public double Delay { get; }

    /// <summary>The number of attempts before giving up.</summary>
    public int MaxAttempts { get; }

    /// <summary>The raw configuration object.</summary>
    public JsonObject Config => _config;

    /// <summary>The acceptors in document order, built on each access as botocore's property does.</summary>
    /// <exception cref="WaiterConfigError">An acceptor is malformed or has an unknown matcher.</exception>
    public IReadOnlyList<AcceptorConfig> Acceptors =>
        (_config["acceptors"] as JsonArray ?? throw new WaiterConfigError($"Waiter {Name} has no 'acceptors'."))
            .Select(a => new AcceptorConfig(a as JsonObject ?? throw new WaiterConfigError($"Waiter {Name} has an acceptor that is not an object.")))
            .ToList();

    private static double Number(JsonObject config, string key, string name) =>
        TryGetNumber(config[key], out var number)
            ? number
            : throw new WaiterConfigError($"Waiter {name} has no numeric '{key}'.");

    /// <summary>A JSON number as a double, whether it was parsed from text or built in code (an <c>int</c> node).</summary>
    internal static bool TryGetNumber(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number);
    }
}
