using BotoSharp.Clients;
using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Customizations;

/// <summary>
/// Makes one dynamic call with every send stopped at <c>before-send</c> (answered with a scripted response), on a
/// session with all builtin rows or with one row unregistered, and reports what was sent, parsed or raised.
/// </summary>
internal static class RowHarness
{
    /// <summary>The outcome of one call.</summary>
    internal sealed record Outcome(List<AwsRequest> Sent, Dictionary<string, object?>? Parsed, Exception? Error)
    {
        /// <summary>The last request sent (the call's own, after any discovery request).</summary>
        public AwsRequest Request => Sent.Count > 0 ? Sent[^1] : throw new InvalidOperationException("Nothing was sent", Error);
    }

    /// <summary>Calls <paramref name="operation"/> with <paramref name="parameters"/>, <paramref name="without"/> unregistered when given.</summary>
    public static async Task<Outcome> CallAsync(string service, string operation, Dictionary<string, object?> parameters, BotoEventHandler? without = null,
        string? withoutEvent = null, AwsResponse? answer = null, string region = "us-east-1", string? endpointUrl = null)
    {
        var session = IsolatedSession();
        if (without is not null)
        {
            var row = BuiltinHandlers.All.Single(r => r.Handler == without && (withoutEvent is null || r.EventName == withoutEvent));
            session.Unregister(row.EventName, row.Handler);
        }
        var client = session.CreateClient(service, region, endpointUrl: endpointUrl, awsAccessKeyId: "AKIDEXAMPLE", awsSecretAccessKey: "secret");
        var sent = new List<AwsRequest>();
        client.Meta.Events.RegisterFirst("before-send", kwargs =>
        {
            var request = (AwsRequest)kwargs["request"]!;
            sent.Add(request);
            return answer ?? new AwsResponse(request.Url, 200, new HttpHeaderList(), Array.Empty<byte>(), null);
        });
        try
        {
            var parsed = await DynamicClient.Over(client).InvokeAsync(operation, parameters);
            return new Outcome(sent, parsed, null);
        }
        catch (Exception error)
        {
            return new Outcome(sent, null, error);
        }
    }

    /// <summary>A session that reads no config or credentials files and no instance metadata (botocore's data on the path).</summary>
    public static Session IsolatedSession() => new(environment: new Dictionary<string, string>
    {
        ["AWS_CONFIG_FILE"] = "/nonexistent/config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_DATA_PATH"] = BotocoreDataFolder.Path,
        ["HOME"] = Path.GetTempPath(),
    });

    /// <summary>A scripted response with <paramref name="status"/> and an XML or JSON <paramref name="body"/>.</summary>
    public static AwsResponse Answer(int status, string body, string contentType = "application/xml")
    {
        var headers = new HttpHeaderList();
        headers.Add("Content-Type", contentType);
        return new AwsResponse("https://stub", status, headers, System.Text.Encoding.UTF8.GetBytes(body), null);
    }
}
