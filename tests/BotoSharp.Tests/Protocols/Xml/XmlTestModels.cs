using System.Text.Json.Nodes;
using BotoSharp.Models;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>Small hand-written service models for the XML-family unit tests.</summary>
internal static class XmlTestModels
{
    /// <summary>Builds a one-operation service of <paramref name="protocol"/> from shapes written as JSON.</summary>
    public static OperationModel Operation(string protocol, string shapesJson, string? inputShape = "Input",
        string? outputShape = null, string operationJsonExtras = "")
    {
        var input = inputShape is null ? string.Empty : $"\"input\": {{\"shape\": \"{inputShape}\"}},";
        var output = outputShape is null ? string.Empty : $"\"output\": {{\"shape\": \"{outputShape}\"}},";
        var json = $$"""
            {
              "metadata": {"protocol": "{{protocol}}", "apiVersion": "2020-01-01", "endpointPrefix": "svc", "serviceId": "Svc"},
              "operations": {
                "Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, {{input}} {{output}} {{operationJsonExtras}} "errors": []}
              },
              "shapes": {{shapesJson}}
            }
            """;
        return new ServiceModel(JsonNode.Parse(json)!.AsObject()).OperationModel("Op");
    }
}
