using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotoSharp.Clients;
using BotoSharp.Tests.Clients.Retries;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential.Redirects;

/// <summary>
/// The region redirect with real AWS hosts (no custom endpoint): the retried request goes to the bucket's regional
/// virtual host (<c>bucket.s3.eu-west-1.amazonaws.com</c>), path and query kept, signed for the new region, and the next
/// call starts there. botocore runs the same script through a <c>before-send</c> stub; URLs, regions and results agree.
/// </summary>
[TestFixture]
[Category("Differential")]
public sealed class RegionRedirectHostTests
{
    private const string Listing = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>";
    private const string Moved = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>PermanentRedirect</Code><Message>Moved.</Message><RequestId>R</RequestId><HostId>H</HostId></Error>";

    [TestCase("us-east-1")]
    [TestCase("ap-southeast-2")]
    public async Task A_redirected_bucket_moves_to_its_regional_host_as_in_botocore(string clientRegion)
    {
        const string bucket = "redirect-host-test";
        var answers = new[]
        {
            new { status = 301, headers = new Dictionary<string, string> { ["x-amz-bucket-region"] = "eu-west-1" }, body = Moved },
            new { status = 200, headers = new Dictionary<string, string> { ["Content-Type"] = "application/xml" }, body = Listing },
        };
        var botocore = Botocore.Run(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Differential", "Redirects", "botocore_redirect_hosts.py")),
            new { region = clientRegion, bucket, answers, calls = 2 })!.AsObject();

        var transport = new ScriptedTransport()
            .Respond(301, Moved, ("x-amz-bucket-region", "eu-west-1"))
            .Respond(200, Listing, ("Content-Type", "application/xml"))
            .Respond(200, Listing, ("Content-Type", "application/xml"));
        var session = new Session(environment: new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
        }) { TransportFactory = _ => transport };
        var client = DynamicClient.Over(session.CreateClient("s3", clientRegion, awsAccessKeyId: "AKID", awsSecretAccessKey: "secret"));
        var results = new JsonArray();
        for (var i = 0; i < 2; i++)
        {
            var response = await client.InvokeAsync("ListObjectsV2", new Dictionary<string, object?> { ["Bucket"] = bucket });
            results.Add(new JsonObject { ["result"] = "ok", ["retry_attempts"] = (long)((Dictionary<string, object?>)response["ResponseMetadata"]!)["RetryAttempts"]! });
        }

        var ours = transport.Requests.Select(r => $"{r.Method} {r.Url}@{SigningRegion(r.Headers.TryGetValue("Authorization", out var auth) ? auth : "")}");
        var theirs = botocore["requests"]!.AsArray().Select(r => $"{r!["method"]} {r["url"]}@{r["region"]}");
        Assert.Multiple(() =>
        {
            Assert.That(ours, Is.EqualTo(theirs));
            Assert.That(results.ToJsonString(), Is.EqualTo(botocore["results"]!.ToJsonString()));
            Assert.That(transport.Requests[1].Url, Does.StartWith($"https://{bucket}.s3.eu-west-1.amazonaws.com/"), "the retried request goes to the bucket's region");
        });
    }

    private static string SigningRegion(string authorization) =>
        Regex.Match(authorization, "Credential=[^/]+/[^/]+/([^/]+)/") is { Success: true } match ? match.Groups[1].Value : "";
}
