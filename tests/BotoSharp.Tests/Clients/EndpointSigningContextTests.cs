using BotoSharp.Services.S3;
using BotoSharp.Tests.Clients.Retries;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Clients;

/// <summary>
/// botocore's <c>_resolve_endpoint_ruleset</c> merges the rule set's signing context into a <c>context['signing']</c>
/// an earlier handler set (<c>request_context['signing'].update(signing_context)</c>) instead of replacing it.
/// </summary>
public sealed class EndpointSigningContextTests
{
    private const string ListBody = """<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>""";

    [Test]
    public async Task ASigningContextSetBeforeTheEndpointIsUpdatedWithTheRuleSetsValues()
    {
        var transport = new ScriptedTransport().Respond(200, ListBody, ("x-amz-request-id", "R1"));
        var session = new Session(environment: OfflineSession.Environment()) { TransportFactory = _ => transport };
        using var client = session.CreateClient<S3Client>("us-west-2");
        var mine = new Dictionary<string, object?>(StringComparer.Ordinal) { ["custom"] = "kept", ["signing_name"] = "overwritten" };
        IDictionary<string, object?>? seen = null;
        client.Meta.Events.Register("before-parameter-build.s3.ListObjectsV2", kwargs =>
        {
            ((IDictionary<string, object?>)kwargs["context"]!)["signing"] = mine;
            return null;
        });
        client.Meta.Events.Register("before-call.s3.ListObjectsV2", kwargs =>
        {
            seen = (IDictionary<string, object?>)((IDictionary<string, object?>)kwargs["context"]!)["signing"]!;
            return null;
        });

        await client.ListObjectsV2Async(new ListObjectsV2Request { Bucket = "b" });

        // The same dictionary, with the handler's own key kept and the rule set's keys written over it.
        Assert.That(seen, Is.SameAs(mine));
        Assert.That(mine["custom"], Is.EqualTo("kept"));
        Assert.That(mine["signing_name"], Is.EqualTo("s3"));
        Assert.That(mine["region"], Is.EqualTo("us-west-2"));
        // botocore 1.43.11 ends with {'custom': 'kept', 'signing_name': 's3', 'region': 'us-west-2', 'disableDoubleEncoding': True}.
        Assert.That(mine.Keys, Is.EqualTo(new[] { "custom", "signing_name", "region", "disableDoubleEncoding" }));
        Assert.That(mine["disableDoubleEncoding"], Is.EqualTo(true));
    }
}
