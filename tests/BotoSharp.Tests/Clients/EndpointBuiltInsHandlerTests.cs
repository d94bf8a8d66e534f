using BotoSharp.Clients;
using BotoSharp.Http;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Clients;

/// <summary>
/// What a <c>before-endpoint-resolution</c> handler gets as <c>builtins</c>: botocore's <c>copy.copy</c> of the
/// client's builtin values, in the order of botocore's <c>compute_endpoint_resolver_builtin_defaults</c>, changeable
/// for that one call only.
/// </summary>
public class EndpointBuiltInsHandlerTests
{
    // botocore 1.43.11's order, printed by a handler on an S3 client (us-east-1, no endpoint_url).
    private static readonly string[] s_botocoreOrder =
    {
        "AWS::Region", "AWS::UseFIPS", "AWS::UseDualStack", "AWS::STS::UseGlobalEndpoint", "AWS::S3::UseGlobalEndpoint",
        "AWS::S3::Accelerate", "AWS::S3::ForcePathStyle", "AWS::S3::UseArnRegion", "AWS::S3Control::UseArnRegion",
        "AWS::S3::DisableMultiRegionAccessPoints", "AWS::S3::DisableS3ExpressSessionAuth", "SDK::Endpoint",
        "AWS::Auth::AccountId", "AWS::Auth::AccountIdEndpointMode",
    };

    [Test]
    public async Task A_handler_gets_a_changeable_copy_in_botocore_s_order_and_its_change_lasts_one_call()
    {
        var client = OfflineSession.Create().CreateClient("s3", "us-east-1");
        var seen = new List<IDictionary<string, object?>>();
        client.Meta.Events.Register("before-endpoint-resolution.s3", kwargs =>
        {
            var builtIns = (IDictionary<string, object?>)kwargs["builtins"]!;
            seen.Add(builtIns);
            if (seen.Count == 1)
            {
                builtIns["AWS::S3::ForcePathStyle"] = true;
            }
            return null;
        });
        var urls = new List<string>();
        client.Meta.Events.RegisterFirst("before-send", kwargs =>
        {
            var request = (AwsRequest)kwargs["request"]!;
            urls.Add(request.Url);
            return new AwsResponse(request.Url, 200, new HttpHeaderList(), Array.Empty<byte>(), null);
        });

        await DynamicClient.Over(client).InvokeAsync("HeadBucket", new Dictionary<string, object?> { ["Bucket"] = "bkt" });
        await DynamicClient.Over(client).InvokeAsync("HeadBucket", new Dictionary<string, object?> { ["Bucket"] = "bkt" });

        Assert.That(seen[0].Keys, Is.EqualTo(s_botocoreOrder));
        Assert.That(seen[0], Is.TypeOf<Dictionary<string, object?>>());
        Assert.That(seen[1], Is.Not.SameAs(seen[0]));
        Assert.That(seen[1]["AWS::S3::ForcePathStyle"], Is.EqualTo(false), "the first handler's change stays in its copy");
        Assert.That(urls, Is.EqualTo(new[] { "https://s3.amazonaws.com/bkt", "https://bkt.s3.amazonaws.com/" }));
    }
}
