using System.Globalization;
using System.Text.Json.Nodes;
using BotoSharp.Models;

namespace BotoSharp.Tests.Differential.Randomized;

/// <summary>
/// One randomized call: service, operation, region, optional custom endpoint, and a per-case seed from which the
/// parameters are rebuilt for each SDK (a stream body can be read only once).
/// </summary>
internal sealed record RandomRequestCase(int Index, string Service, string Operation, string Region, string? EndpointUrl, int Seed, bool StreamBodies,
    bool BuiltinHandlers = true)
{
    /// <summary>Fresh parameters for this case (the same every time).</summary>
    public Dictionary<string, object?> Parameters(OperationModel operation) =>
        new RandomParameters(new Random(Seed)) { StreamBodies = StreamBodies }.For(operation);

    /// <summary>The scenario as botocore_request.py reads it.</summary>
    public JsonObject ToBotocoreInput(OperationModel operation, string dataPath) => new()
    {
        ["service"] = Service,
        ["operation"] = Operation,
        ["region"] = Region,
        ["endpoint_url"] = EndpointUrl,
        ["time"] = BotocoreOracle.FixedTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["access_key"] = BotocoreOracle.AccessKey,
        ["secret_key"] = BotocoreOracle.SecretKey,
        ["data_path"] = dataPath,
        ["builtin_handlers"] = BuiltinHandlers,
        ["all_requests"] = true,
        ["params"] = BotocoreOracle.ToJson(Parameters(operation)),
    };

    /// <inheritdoc/>
    public override string ToString() =>
        $"#{Index} {Service}.{Operation} region={Region} endpoint={EndpointUrl ?? "(resolved)"} seed={Seed} {(StreamBodies ? "stream" : "bytes")} bodies"
        + (BuiltinHandlers ? string.Empty : " without builtin handlers");
}
