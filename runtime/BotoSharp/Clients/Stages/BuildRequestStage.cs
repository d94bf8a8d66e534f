using BotoSharp.Http;
using BotoSharp.Protocols;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>prepare_request_dict</c>: the endpoint URL joined with the serialized path and query, the
/// endpoint's and the serializer's headers, the User-Agent, the body, and the call's context.
/// </summary>
internal sealed class BuildRequestStage : CallStage
{
    private readonly string _userAgent;

    /// <param name="userAgent">Rendered once per client: no per-call feature ids are collected yet.</param>
    public BuildRequestStage(string userAgent)
    {
        _userAgent = userAgent;
    }

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var request = Build(call.Serialized!, call.Endpoint!, call.Context);
        request.Headers.Set("User-Agent", _userAgent);
        request.StreamOutput = call.Plan.HasStreamingOutput;
        call.Request = request;
        return ValueTask.CompletedTask;
    }

    /// <summary>The request for <paramref name="serialized"/> at <paramref name="endpoint"/>, without a User-Agent (presigning uses this).</summary>
    public static AwsRequest Build(SerializedRequest serialized, ResolvedEndpointForCall endpoint, Dictionary<string, object?> context)
    {
        var url = RequestUrl.Join(endpoint.Url, serialized.UrlPath, serialized.HostPrefix);
        if (serialized.HasQueryString)
        {
            url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + serialized.QueryString.Encode();
        }
        var request = new AwsRequest(serialized.Method, url, context) { AuthPath = serialized.AuthPath };
        foreach (var (name, value) in endpoint.Headers)
        {
            request.Headers.Set(name, value);
        }
        foreach (var (name, value) in serialized.Headers)
        {
            request.Headers.Set(name, value);
        }
        switch (serialized.Body)
        {
            case Stream stream:
                request.SetBody(stream);
                break;
            case byte[] bytes:
                request.SetBody(bytes);
                break;
        }
        return request;
    }
}
