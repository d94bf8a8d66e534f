using System.Text.Json.Nodes;
using BotoSharp.Models;

namespace BotoSharp.Tests.Protocols.Support;

/// <summary>
/// One case of botocore's protocol conformance data: the suite it belongs to (metadata, shapes, optional client
/// endpoint) and the case itself (<c>given</c> operation, <c>params</c>/<c>serialized</c> or <c>response</c>/<c>result</c>).
/// </summary>
public sealed class ProtocolTestCase
{
    internal ProtocolTestCase(string protocol, string kind, bool legacy, int suiteIndex, int caseIndex, JsonObject suite, JsonObject testCase)
    {
        Protocol = protocol;
        Kind = kind;
        Legacy = legacy;
        SuiteIndex = suiteIndex;
        CaseIndex = caseIndex;
        Suite = suite;
        Case = testCase;
    }

    /// <summary>The file's base name: <c>json</c>, <c>json_1_0</c>, <c>rest-json</c>, <c>smithy-rpc-v2-cbor</c>….</summary>
    public string Protocol { get; }

    /// <summary><c>input</c> (serialization) or <c>output</c> (parsing).</summary>
    public string Kind { get; }

    /// <summary>Whether the case comes from the <c>legacy/</c> folder.</summary>
    public bool Legacy { get; }

    /// <summary>The suite's position in the file.</summary>
    public int SuiteIndex { get; }

    /// <summary>The case's position in its suite.</summary>
    public int CaseIndex { get; }

    /// <summary>The suite (without its <c>cases</c>).</summary>
    public JsonObject Suite { get; }

    /// <summary>The case.</summary>
    public JsonObject Case { get; }

    /// <summary>The suite's description, which the ignore list matches.</summary>
    public string SuiteDescription => Suite["description"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The case id (legacy cases have none).</summary>
    public string? Id => Case["id"]?.GetValue<string>();

    /// <summary>The operation name: <c>given.name</c>, else <c>OperationName</c>.</summary>
    public string OperationName => Case["given"]?["name"]?.GetValue<string>() ?? "OperationName";

    /// <summary>The protocol named in the suite's metadata (what botocore's runner picks the serializer by).</summary>
    public string MetadataProtocol => Suite["metadata"]?["protocol"]?.GetValue<string>() ?? Protocol;

    /// <summary>Builds the service model botocore's runner builds: the suite plus one operation, the case's <c>given</c>.</summary>
    public ServiceModel BuildServiceModel()
    {
        var description = (JsonObject)Suite.DeepClone();
        description["operations"] = new JsonObject { [OperationName] = Case["given"]?.DeepClone() ?? new JsonObject() };
        // botocore's runner gives query output shapes with members the result wrapper "{Operation}Result".
        if (Kind == "output" && MetadataProtocol == "query"
            && Case["given"]?["output"]?["shape"]?.GetValue<string>() is { } output
            && description["shapes"]?[output] is JsonObject outputShape
            && outputShape["members"] is JsonObject { Count: > 0 })
        {
            outputShape["resultWrapper"] = OperationName + "Result";
        }
        return new ServiceModel(description);
    }

    /// <summary>The operation model of the case.</summary>
    public OperationModel BuildOperationModel() => BuildServiceModel().OperationModel(OperationName);

    /// <summary>A readable, unique name: protocol, kind, position and id or suite description.</summary>
    public override string ToString()
    {
        var label = Id ?? SuiteDescription;
        return $"{Protocol}{(Legacy ? " legacy" : string.Empty)} {Kind} {SuiteIndex}:{CaseIndex} {label}";
    }
}
