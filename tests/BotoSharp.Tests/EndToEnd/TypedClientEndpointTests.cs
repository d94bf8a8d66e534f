using BotoSharp.Configuration;
using BotoSharp.Http;
using BotoSharp.Loading;
using BotoSharp.Services.S3;

namespace BotoSharp.Tests.EndToEnd;

/// <summary>What the end-to-end cases rely on beyond each case: compiled-in rule sets and S3's client context order.</summary>
[TestFixture]
public sealed class TypedClientEndpointTests
{
    [TestCaseSource(typeof(EndpointOperationCase), nameof(EndpointOperationCase.Services))]
    public void The_generated_model_carries_its_endpoint_rule_set(string service)
    {
        var compiled = CompiledModelRegistry.Find(service);
        Assert.That(compiled, Is.Not.Null);
        Assert.That(compiled!.EndpointRuleSetJson, Is.Not.Null);
        Assert.That(compiled.EndpointRuleSetJson!(), Does.Contain("\"parameters\"").And.Not.Contain("\"documentation\""));
    }

    [Test]
    public async Task The_s3_section_beats_explicit_client_context_params_as_in_botocore()
    {
        var session = new Session(environment: new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
        });
        var config = new ClientConfig
        {
            ClientContextParams = new Dictionary<string, object?> { ["use_arn_region"] = false },
            S3 = new Dictionary<string, object?> { ["use_arn_region"] = true },
        };
        var client = session.CreateClient<S3Client>("us-west-2", awsAccessKeyId: "AKID", awsSecretAccessKey: "secret", config: config);
        var urls = new List<string>();
        client.Meta.Events.Register("before-send", kwargs =>
        {
            var request = (AwsRequest)kwargs["request"]!;
            urls.Add(request.Url);
            return new AwsResponse(request.Url, 200, new HttpHeaderList(), [], null);
        });

        await client.GetObjectAsync(new GetObjectRequest { Bucket = "arn:aws:s3:us-east-1:123456789012:accesspoint:myendpoint", Key = "key" });

        // botocore 1.43.11 sends this exact URL for the same configuration.
        Assert.That(urls, Is.EqualTo(new[] { "https://myendpoint-123456789012.s3-accesspoint.us-east-1.amazonaws.com/key" }));
    }
}
