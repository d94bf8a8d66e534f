using BotoSharp.Http;
using BotoSharp.Services.S3;

namespace BotoSharp.Tests.Stubs;

/// <summary>Clients for stubber tests: static credentials, no config files, and every real send recorded and answered empty.</summary>
internal static class StubberClients
{
    /// <summary>A typed S3 client in us-east-1; <paramref name="sent"/> collects what reached <c>before-send</c>.</summary>
    public static S3Client S3(out List<AwsRequest> sent)
    {
        var client = Customizations.RowHarness.IsolatedSession().CreateClient<S3Client>("us-east-1", awsAccessKeyId: "AKIDEXAMPLE", awsSecretAccessKey: "secret");
        var requests = new List<AwsRequest>();
        client.Meta.Events.RegisterFirst("before-send", kwargs =>
        {
            var request = (AwsRequest)kwargs["request"]!;
            requests.Add(request);
            return new AwsResponse(request.Url, 200, new HttpHeaderList(), Array.Empty<byte>(), null);
        });
        sent = requests;
        return client;
    }
}
