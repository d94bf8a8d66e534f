using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Tests.Support;

/// <summary>The hand-written test models, and variants of them built in memory.</summary>
internal static class TestModels
{
    /// <summary>The protocols the generator supports.</summary>
    public static readonly string[] Protocols = { "json", "rest-json", "rest-xml", "query", "ec2", "smithy-rpc-v2-cbor" };

    /// <summary>The kitchen-sink model folder (every shape kind and naming trap).</summary>
    public static string KitchenFolder => Path.Combine(RepoPaths.TestProject, "Models", "kitchen", "2024-01-01");

    public static string KitchenService => File.ReadAllText(Path.Combine(KitchenFolder, "service-2.json"));

    /// <summary>The kitchen model under another protocol, in folder <c>kitchen-{protocol}</c>.</summary>
    public static IReadOnlyList<AdditionalText> KitchenWithProtocol(string protocol) => new AdditionalText[]
    {
        new InMemoryAdditionalText(
            $"/models/kitchen-{protocol}/2024-01-01/service-2.json",
            KitchenService.Replace("\"protocol\": \"rest-json\"", $"\"protocol\": \"{protocol}\"", StringComparison.Ordinal)
                .Replace("\"serviceId\": \"Kitchen Sink\"", $"\"serviceId\": \"Kitchen {protocol}\"", StringComparison.Ordinal)),
    };

    /// <summary>A minimal valid service, for diagnostics and incremental tests.</summary>
    public static string Minimal(string serviceId = "Mini", string protocol = "json", string doc = "A tiny service.") => """
        {
          "version": "2.0",
          "metadata": {"apiVersion": "2020-01-01", "protocol": "@PROTOCOL", "serviceId": "@SERVICEID", "endpointPrefix": "mini"},
          "documentation": "<p>@DOC</p>",
          "operations": {
            "DoIt": {"name": "DoIt", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "DoItInput"}, "output": {"shape": "DoItOutput"}}
          },
          "shapes": {
            "DoItInput": {"type": "structure", "members": {"Name": {"shape": "Str"}}},
            "DoItOutput": {"type": "structure", "members": {"Count": {"shape": "Int"}}},
            "Str": {"type": "string"},
            "Int": {"type": "integer"}
          }
        }
        """.Replace("@PROTOCOL", protocol, StringComparison.Ordinal).Replace("@SERVICEID", serviceId, StringComparison.Ordinal).Replace("@DOC", doc, StringComparison.Ordinal);
}
