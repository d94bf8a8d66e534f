using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Models;

/// <summary>
/// botocore's <c>waiter.WaiterModel</c>: a service's waiters-2 document. Only version 2 is accepted; the model owns
/// (and never copies) the document it is given.
/// </summary>
public sealed class WaiterModel
{
    /// <summary>The only waiter document version botocore supports.</summary>
    public const int SupportedVersion = 2;

    private readonly JsonObject _waiterConfig;

    /// <summary>Wraps a loaded waiters-2 document.</summary>
    /// <exception cref="WaiterConfigError">The version is not 2, or the document has no <c>waiters</c> object.</exception>
    public WaiterModel(JsonObject waiterConfig)
    {
        ArgumentNullException.ThrowIfNull(waiterConfig);
        var version = waiterConfig["version"];
        // Python compares with ==, so 2.0 is accepted as well as 2.
        if (!SingleWaiterConfig.TryGetNumber(version, out var number) || number != SupportedVersion)
        {
            var shown = version is null ? "unknown" : version.ToJsonString();
            throw new WaiterConfigError(
                $"Unsupported waiter version, supported version must be: {SupportedVersion}, but version of waiter config is: {shown}");
        }
        _waiterConfig = waiterConfig["waiters"] as JsonObject
            ?? throw new WaiterConfigError("The waiter config has no 'waiters' object.");
        Version = SupportedVersion;
        WaiterNames = _waiterConfig.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The document's version (always 2).</summary>
    public int Version { get; }

    /// <summary>The waiter names, sorted ordinally (botocore's <c>sorted(keys)</c>).</summary>
    public IReadOnlyList<string> WaiterNames { get; }

    /// <summary>The configuration of one waiter.</summary>
    /// <exception cref="ArgumentException">No waiter has that name (botocore's <c>ValueError</c>).</exception>
    /// <exception cref="WaiterConfigError">The waiter lacks <c>operation</c>, <c>delay</c> or <c>maxAttempts</c>.</exception>
    public SingleWaiterConfig GetWaiter(string waiterName)
    {
        ArgumentNullException.ThrowIfNull(waiterName);
        if (_waiterConfig[waiterName] is not JsonObject config)
        {
            throw new ArgumentException($"Waiter does not exist: {waiterName}", nameof(waiterName));
        }
        return new SingleWaiterConfig(waiterName, config);
    }
}
