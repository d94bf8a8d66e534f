using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Services.S3;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential.ResponseHeaders;

/// <summary>
/// Response header values reach results as the server sent them, as botocore (urllib3) keeps them: a scripted S3
/// answers HeadObject and GetObject with values that a validating HTTP stack re-formats (<c>text/plain;charset=UTF-8</c>,
/// <c>no-cache,no-store</c>), a repeated header and mixed-case names. <c>ResponseMetadata.HTTPHeaders</c> and the
/// members S3 parses from headers must equal botocore's.
/// </summary>
[TestFixture]
[Category("Differential")]
public sealed class RawResponseHeaderDifferentialTests
{
    private static readonly string[] s_members =
    {
        "ContentType", "CacheControl", "ContentDisposition", "ContentLanguage", "ContentEncoding", "ETag", "AcceptRanges", "Metadata",
    };

    [Test]
    public async Task Header_values_and_header_members_are_the_raw_values_botocore_returns()
    {
        using var server = ScriptedServer.Start("Differential/ResponseHeaders/raw_headers_server.py");
        var botocore = Botocore.Run(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Differential", "ResponseHeaders", "botocore_raw_headers.py")),
            new { endpoint = server.EndpointUrl, members = s_members })!.AsObject();

        var session = new Session(environment: new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
        });
        var config = new ClientConfig { S3 = new Dictionary<string, object?> { ["addressing_style"] = "path" } };
        var client = DynamicClient.Over(session.CreateClient("s3", "us-east-1", endpointUrl: server.EndpointUrl, awsAccessKeyId: "AKID", awsSecretAccessKey: "secret", config: config));
        foreach (var call in new[] { "HeadObject", "GetObject" })
        {
            var response = await client.InvokeAsync(call, new Dictionary<string, object?> { ["Bucket"] = "bucket", ["Key"] = "key.txt" });
            if (response.TryGetValue("Body", out var body) && body is IDisposable disposable)
            {
                disposable.Dispose();
            }
            var metadata = (IDictionary<string, object?>)response["ResponseMetadata"]!;
            var members = s_members.ToDictionary(m => m, m => response.GetValueOrDefault(m));

            Assert.Multiple(() =>
            {
                Assert.That(Canonical(Botocore.ToJson(metadata["HTTPHeaders"])), Is.EqualTo(Canonical(botocore[call]!["headers"]!.ToJsonString())), $"{call} HTTPHeaders");
                Assert.That(Canonical(Botocore.ToJson(members)), Is.EqualTo(Canonical(botocore[call]!["members"]!.ToJsonString())), $"{call} members");
            });
        }

        // The typed path reads the same header list into its members.
        var typed = await session.CreateClient<S3Client>("us-east-1", endpointUrl: server.EndpointUrl, awsAccessKeyId: "AKID", awsSecretAccessKey: "secret", config: config)
            .HeadObjectAsync(new HeadObjectRequest { Bucket = "bucket", Key = "key.txt" });
        var typedMembers = new Dictionary<string, object?>
        {
            ["ContentType"] = typed.ContentType, ["CacheControl"] = typed.CacheControl, ["ContentDisposition"] = typed.ContentDisposition,
            ["ContentLanguage"] = typed.ContentLanguage, ["ContentEncoding"] = typed.ContentEncoding, ["ETag"] = typed.ETag,
            ["AcceptRanges"] = typed.AcceptRanges, ["Metadata"] = typed.Metadata?.ToDictionary(p => p.Key, p => (object?)p.Value),
        };
        Assert.Multiple(() =>
        {
            Assert.That(Canonical(Botocore.ToJson(typedMembers)), Is.EqualTo(Canonical(botocore["HeadObject"]!["members"]!.ToJsonString())), "typed HeadObject members");
            Assert.That(Canonical(Botocore.ToJson(typed.ResponseMetadata!.HttpHeaders.ToDictionary(p => p.Key, p => (object?)p.Value))),
                Is.EqualTo(Canonical(botocore["HeadObject"]!["headers"]!.ToJsonString())), "typed HeadObject HTTPHeaders");
        });
    }

    // Dictionaries compare by name: botocore's keep the wire order.
    private static string Canonical(string json) => Sorted(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject map => new JsonObject(map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        _ => node?.DeepClone(),
    };
}
