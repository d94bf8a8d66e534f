using System.Text.Json.Nodes;
using BotoSharp.Models;

namespace BotoSharp.Tests.Protocols.XmlConformance;

/// <summary>One protocol test case with the suite (metadata and shapes) it belongs to.</summary>
public sealed class XmlProtocolCase
{
    /// <summary>Creates a case.</summary>
    public XmlProtocolCase(string protocol, string source, int suiteIndex, int caseIndex, JsonObject suite, JsonObject testCase)
    {
        Protocol = protocol;
        Source = source;
        SuiteIndex = suiteIndex;
        CaseIndex = caseIndex;
        Suite = suite;
        Case = testCase;
    }

    /// <summary>The protocol named by the suite's metadata (<c>query</c>, <c>ec2</c>, <c>rest-xml</c>).</summary>
    public string Protocol { get; }

    /// <summary>The file the case comes from, e.g. <c>legacy/output/rest-xml.json</c>.</summary>
    public string Source { get; }

    /// <summary>The suite's position in its file.</summary>
    public int SuiteIndex { get; }

    /// <summary>The case's position in its suite.</summary>
    public int CaseIndex { get; }

    /// <summary>The suite: <c>description</c>, <c>metadata</c>, <c>shapes</c>, maybe <c>clientEndpoint</c>.</summary>
    public JsonObject Suite { get; }

    /// <summary>The case: <c>given</c> plus <c>params</c>/<c>serialized</c> or <c>response</c>/<c>result</c>/<c>error</c>.</summary>
    public JsonObject Case { get; }

    /// <summary>The case id, or the suite description with the case position for legacy cases without one.</summary>
    public string Name => Case["id"]?.GetValue<string>()
        ?? $"{Suite["description"]?.GetValue<string>()} #{CaseIndex}";

    /// <summary>Builds the service model botocore's runner builds: the suite with the case's operation as the only one.</summary>
    /// <param name="adjustGiven">Edits the operation definition first, as botocore's runner does for query outputs.</param>
    public OperationModel BuildOperation(Action<JsonObject, JsonObject>? adjustGiven = null)
    {
        var description = (JsonObject)Suite.DeepClone();
        description.Remove("cases");
        var given = (JsonObject)Case["given"]!.DeepClone();
        adjustGiven?.Invoke(description, given);
        var name = given["name"]?.GetValue<string>() ?? "OperationName";
        description["operations"] = new JsonObject { [name] = given };
        return new ServiceModel(description).OperationModel(name);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Name}";
}
