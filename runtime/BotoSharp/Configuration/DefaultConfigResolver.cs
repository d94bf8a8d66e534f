using System.Text.Json.Nodes;

namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>DefaultConfigResolver</c> over <c>sdk-default-configuration.json</c>: the base values with a
/// mode's <c>override</c>/<c>multiply</c>/<c>add</c> modifiers applied (numbers are <see cref="long"/> or
/// <see cref="double"/>, texts <see cref="string"/>).
/// </summary>
public sealed class DefaultConfigResolver
{
    private readonly Dictionary<string, object?> _base = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _modes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, object?>> _resolved = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _modeNames;

    /// <summary>Reads the <c>base</c> and <c>modes</c> objects of the defaults file.</summary>
    public DefaultConfigResolver(JsonNode defaults)
    {
        foreach (var (key, value) in defaults["base"]!.AsObject())
        {
            _base[key] = Scalar(value);
        }
        foreach (var (mode, modifiers) in defaults["modes"]!.AsObject())
        {
            _modes[mode] = modifiers!.AsObject();
        }
        // Every client creation validates its mode against these; the file never changes after this.
        _modeNames = Array.AsReadOnly(new[] { "legacy", "auto" }.Concat(_modes.Keys).ToArray());
    }

    /// <summary>The valid <c>defaults_mode</c> values: <c>legacy</c>, <c>auto</c>, then the file's modes in order.</summary>
    public IReadOnlyList<string> GetDefaultModes() => _modeNames;

    /// <summary>The default values of a mode of the file (<c>standard</c>, <c>in-region</c>…), computed once.</summary>
    /// <exception cref="KeyNotFoundException">The mode is not in the file.</exception>
    public IReadOnlyDictionary<string, object?> GetDefaultConfigValues(string mode)
    {
        lock (_resolved)
        {
            if (!_resolved.TryGetValue(mode, out var values))
            {
                values = Resolve(mode);
                _resolved[mode] = values;
            }
            return values;
        }
    }

    private Dictionary<string, object?> Resolve(string mode)
    {
        var config = new Dictionary<string, object?>(_base, StringComparer.Ordinal);
        foreach (var (name, modifier) in _modes[mode])
        {
            var (kind, operand) = modifier!.AsObject().First();
            object? current = config.GetValueOrDefault(name);
            object? value = Scalar(operand);
            config[name] = kind switch
            {
                "multiply" => Arithmetic(current, value, (a, b) => a * b),
                "add" => Arithmetic(current, value, (a, b) => a + b),
                "override" => value,
                _ => current,
            };
        }
        return config;
    }

    private static object? Arithmetic(object? left, object? right, Func<double, double, double> op)
    {
        if (left is long a && right is long b)
        {
            return (long)op(a, b);
        }
        return op(Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static object? Scalar(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => node?.ToJsonString(),
    };
}
