using System.Text.Json.Nodes;
using BotoSharp.Http;
using BotoSharp.Http.Checksums;
using BotoSharp.Http.Compression;
using BotoSharp.Models;
using BotoSharp.Protocols;

namespace BotoSharp.Clients;

/// <summary>Turning a serialized request into the HTTP request (botocore's <c>prepare_request_dict</c>).</summary>
internal sealed partial class ClientPipeline
{
    private AwsRequest BuildRequest(SerializedRequest serialized, ResolvedEndpointForCall endpoint, Dictionary<string, object?> context)
    {
        var url = JoinUrl(endpoint.Url, serialized.UrlPath, serialized.HostPrefix);
        if (serialized.QueryString.Count > 0)
        {
            url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + serialized.QueryString.Encode();
        }
        var request = new AwsRequest(serialized.Method, url) { AuthPath = serialized.AuthPath };
        foreach (var (name, value) in endpoint.Headers)
        {
            request.Headers.Set(name, value);
        }
        foreach (var (name, value) in serialized.Headers)
        {
            request.Headers.Set(name, value);
        }
        request.Headers.Set("User-Agent", _userAgent);
        switch (serialized.Body)
        {
            case Stream stream:
                request.SetBody(stream);
                break;
            case byte[] bytes:
                request.SetBody(bytes);
                break;
        }
        foreach (var (key, value) in context)
        {
            request.Context[key] = value;
        }
        return request;
    }

    /// <summary>
    /// botocore's <c>_urljoin</c>: the endpoint's path plus the operation's path without a doubled slash, <c>/</c> when
    /// both are empty, a leading <c>/</c> always, and the host prefix in front of the host.
    /// </summary>
    internal static string JoinUrl(string endpointUrl, string urlPath, string? hostPrefix)
    {
        var uri = new Uri(endpointUrl);
        var basePath = uri.AbsolutePath == "/" && !endpointUrl.TrimEnd('?').EndsWith('/') ? string.Empty : uri.AbsolutePath;
        string path;
        if (string.IsNullOrEmpty(urlPath) || urlPath == "/")
        {
            path = string.IsNullOrEmpty(basePath) ? "/" : basePath;
        }
        else if (basePath.EndsWith('/') && urlPath.StartsWith('/'))
        {
            path = basePath[..^1] + urlPath;
        }
        else
        {
            path = basePath + urlPath;
        }
        // urlunsplit puts a '/' before a path that lacks one when there is a host: S3's "/{Bucket}?session" minus the
        // bucket is "?session", which goes on the wire as "/?session".
        if (path[0] != '/')
        {
            path = "/" + path;
        }
        var authority = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        if (uri.HostNameType == UriHostNameType.IPv6)
        {
            authority = uri.IsDefaultPort ? $"[{uri.DnsSafeHost}]" : $"[{uri.DnsSafeHost}]:{uri.Port}";
        }
        var query = uri.Query.Length > 1 ? uri.Query : string.Empty;
        // urlunsplit puts a '/' before a path that lacks one (S3's "?list-type=2" once the bucket left the path).
        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }
        return $"{uri.Scheme}://{hostPrefix}{authority}{path}{query}";
    }

    // botocore: request compression, then the flexible checksum (its context is resolved before before-call there;
    // no handler can observe the difference).
    private async Task ApplyBodyTransformsAsync(OperationPlan plan, Dictionary<string, object?> apiParams, AwsRequest request, CancellationToken cancellationToken)
    {
        if (plan.HasRequestCompression)
        {
            var settings = new RequestCompressionSettings
            {
                DisableRequestCompression = _args.DisableRequestCompression,
                RequestMinCompressionSizeBytes = _args.RequestMinCompressionSizeBytes,
                SignatureVersion = Meta.Config.SignatureVersion as string,
            };
            await RequestCompressor.MaybeCompressAsync(request, settings, plan.CompressionEncodings, plan.HasStreamingInput,
                plan.StreamingInputRequiresLength, cancellationToken).ConfigureAwait(false);
        }
        var readOnlyParams = (IReadOnlyDictionary<string, object?>)apiParams;
        FlexibleChecksums.Default.ResolveChecksumContext(request, plan.ChecksumTrait, readOnlyParams, _args.RequestChecksumCalculation, Meta.Config.SignatureVersion as string);
        await FlexibleChecksums.Default.ApplyRequestChecksumAsync(request, cancellationToken).ConfigureAwait(false);
        // Content-Length is not set here: botocore adds it when the request is prepared, after signing, so it is never
        // a signed header; the transport adds it (AwsRequestPreparer) just before sending.
    }

    private static HttpChecksumTrait ChecksumTraitFor(OperationModel operation)
    {
        var checksum = operation.HttpChecksum;
        var algorithmMember = checksum["requestAlgorithmMember"]?.GetValue<string>();
        string? header = null;
        if (algorithmMember is not null && operation.InputShape is { } input && input.Members.TryGetValue(algorithmMember, out var member))
        {
            header = member.LocationName;
        }
        return new HttpChecksumTrait
        {
            RequestAlgorithmMember = algorithmMember,
            RequestAlgorithmMemberHeader = header,
            RequestChecksumRequired = operation.HttpChecksumRequired || checksum["requestChecksumRequired"]?.GetValue<bool>() == true,
            RequestValidationModeMember = checksum["requestValidationModeMember"]?.GetValue<string>(),
            ResponseAlgorithms = (checksum["responseAlgorithms"] as JsonArray)?.Select(a => a!.GetValue<string>()).ToList() ?? new List<string>(),
            HasStreamingInput = operation.HasStreamingInput,
            HasStreamingOutput = operation.HasStreamingOutput,
        };
    }
}
