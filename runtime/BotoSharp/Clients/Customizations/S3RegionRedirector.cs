using System.Collections.Concurrent;
using BotoSharp.Customizations;
using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Models;

namespace BotoSharp.Clients.Customizations;

/// <summary>
/// botocore's <c>S3RegionRedirectorv2</c>: an S3 request sent to the wrong region fails with a response that says
/// (or lets a <c>HeadBucket</c> probe find out) where the bucket lives; the redirector remembers that region per
/// bucket, resolves the endpoint again with it as <c>AWS::Region</c>, re-signs for it and retries at once. Registered
/// on every S3 client's own emitter, like botocore's (not a session builtin row, so
/// <c>includeBuiltinHandlers: false</c> keeps it).
/// </summary>
internal sealed class S3RegionRedirector
{
    private const string ContextKey = "s3_redirect";

    private readonly ConcurrentDictionary<string, string> _bucketRegions = new(StringComparer.Ordinal);
    private readonly Func<OperationModel, IDictionary<string, object?>, IDictionary<string, object?>, ResolvedEndpointForCall> _resolveEndpoint;
    private readonly Func<string?, CancellationToken, Task<IReadOnlyDictionary<string, object?>>> _headBucketHeaders;

    /// <summary>Creates the redirector of one client.</summary>
    /// <param name="resolveEndpoint">Resolves the endpoint again (emitting <c>before-endpoint-resolution</c>) without touching the call's context.</param>
    /// <param name="headBucketHeaders">The client's own <c>HeadBucket</c> call: the response headers, of a success or of a <c>ClientError</c>.</param>
    public S3RegionRedirector(Func<OperationModel, IDictionary<string, object?>, IDictionary<string, object?>, ResolvedEndpointForCall> resolveEndpoint,
        Func<string?, CancellationToken, Task<IReadOnlyDictionary<string, object?>>> headBucketHeaders)
    {
        _resolveEndpoint = resolveEndpoint;
        _headBucketHeaders = headBucketHeaders;
    }

    /// <summary>botocore's <c>register</c>: three handlers on the client's emitter.</summary>
    public void Register(IEventHooks events)
    {
        events.Register("needs-retry.s3", RedirectFromError);
        events.Register("before-parameter-build.s3", AnnotateRequestContext);
        events.Register("before-endpoint-resolution.s3", RedirectFromCache);
    }

    // annotate_request_context: the bucket (maybe an access point ARN or alias) and the parameters, for a later redirect.
    internal static object? AnnotateRequestContext(IDictionary<string, object?> kwargs)
    {
        var parameters = HandlerArgs.ApiParams(kwargs);
        var context = HandlerArgs.Context(kwargs)!;
        context[ContextKey] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["redirected"] = false,
            ["bucket"] = parameters.Get("Bucket"),
            ["params"] = parameters,
        };
        return null;
    }

    // redirect_from_cache: a bucket redirected before resolves with its region from the start.
    internal object? RedirectFromCache(IDictionary<string, object?> kwargs)
    {
        if (kwargs.Get("params") is IDictionary<string, object?> parameters && parameters.Get("Bucket") is string bucket
            && _bucketRegions.TryGetValue(bucket, out var region))
        {
            ((IDictionary<string, object?>)kwargs["builtins"]!)["AWS::Region"] = region;
        }
        return null;
    }

    // redirect_from_error: decides whether the response is a wrong-region answer, then finds the region and redirects.
    internal object? RedirectFromError(IDictionary<string, object?> kwargs)
    {
        if (kwargs.Get("response") is not ValueTuple<AwsResponse, Dictionary<string, object?>> response)
        {
            return null;    // a connection error or other transport failure
        }
        var request = (AwsRequest)kwargs["request_dict"]!;
        var operation = (OperationModel)kwargs["operation"]!;
        // Without the before-parameter-build annotation (a user removed it) there is nothing to redirect with.
        if (request.Context.Get(ContextKey) is not IDictionary<string, object?> redirect
            || IsArn(redirect.Get("bucket")) || redirect.Get("redirected") is true)
        {
            return null;
        }
        var (http, parsed) = response;
        if (!IsWrongRegionAnswer(http, parsed, operation.Name))
        {
            return null;
        }
        var bucket = redirect.Get("bucket") as string;
        if (RegionFromResponse(parsed) is { } region)
        {
            return Redirect(request, operation, redirect, bucket, ValidRegion(region));
        }
        // Neither the headers nor the error body say where the bucket is: botocore HEADs the bucket, which needs I/O.
        return new DeferredHandlerResponse(async cancellationToken =>
        {
            var headers = await _headBucketHeaders(bucket, cancellationToken).ConfigureAwait(false);
            if (!headers.TryGetValue("x-amz-bucket-region", out var value) || value is not string probed)
            {
                return null;    // the region could not be determined: no redirect
            }
            return Redirect(request, operation, redirect, bucket, ValidRegion(probed));
        });
    }

    private static bool IsWrongRegionAnswer(AwsResponse http, Dictionary<string, object?> parsed, string operationName)
    {
        var error = parsed.Get("Error") as IDictionary<string, object?>;
        var code = error?.Get("Code") as string;
        var headers = (parsed.Get("ResponseMetadata") as IDictionary<string, object?>)?.Get("HTTPHeaders") as IDictionary<string, object?>;
        // A HEAD signed for the wrong region gets a bare 400 (or 301) with no body to say why.
        var specialHead = code is "301" or "400"
            && (operationName == "HeadObject" || (operationName == "HeadBucket" && headers?.ContainsKey("x-amz-bucket-region") == true));
        return specialHead
            || (code == "AuthorizationHeaderMalformed" && error!.ContainsKey("Region"))
            || http.StatusCode is 301 or 302 or 307
            || code == "PermanentRedirect"
            || (code == "IllegalLocationConstraintException" && operationName != "CreateBucket");
    }

    // get_bucket_region's first two sources: the x-amz-bucket-region header, then a non-empty Region in the error body.
    private static string? RegionFromResponse(Dictionary<string, object?> parsed)
    {
        var metadata = (IDictionary<string, object?>)parsed["ResponseMetadata"]!;
        if (((IDictionary<string, object?>)metadata["HTTPHeaders"]!).Get("x-amz-bucket-region") is string header)
        {
            return header;
        }
        return (parsed.Get("Error") as IDictionary<string, object?>)?.Get("Region") is string { Length: > 0 } region ? region : null;
    }

    // botocore's validate_region_name: the region becomes a host label, so it must be one.
    private static string ValidRegion(string region) =>
        Configuration.RegionNames.IsValid(region) ? region : throw new Errors.InvalidRegionError(region);

    // The redirect proper: cache the region, resolve again, splice the new host into the URL, merge the new signing context.
    private int Redirect(AwsRequest request, OperationModel operation, IDictionary<string, object?> redirect, string? bucket, string region)
    {
        if (bucket is not null)
        {
            _bucketRegions[bucket] = region;
        }
        var parameters = (IDictionary<string, object?>)redirect["params"]!;
        var endpoint = _resolveEndpoint(operation, parameters, request.Context);
        request.Url = SpliceHost(request.Url, endpoint.Url);
        redirect["redirected"] = true;
        if (endpoint.Auth is { } auth)
        {
            request.Context["auth_type"] = auth.AuthType;
            var signing = request.Context.Get("signing") is IDictionary<string, object?> previous
                ? new Dictionary<string, object?>(previous, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in auth.SigningContext)
            {
                signing[key] = value;
            }
            request.Context["signing"] = signing;
        }
        return 0;   // retry now, without waiting
    }

    // botocore's _get_new_endpoint(old, new, use_new_scheme=False): urlunsplit of the old scheme, path and query with
    // the new netloc and no fragment. UrlParts splits as urlsplit does; System.Uri would re-normalise the signed path.
    private static string SpliceHost(string oldUrl, string newEndpoint)
    {
        var old = Http.UrlParts.Split(oldUrl);
        var netloc = Http.UrlParts.Split(newEndpoint).Netloc;
        return $"{old.Scheme}://{netloc}{old.Path}{(old.Query.Length > 0 ? "?" + old.Query : string.Empty)}";
    }

    // botocore's ArnParser.is_arn: a string starting "arn:" with at least six ':'-separated parts.
    private static bool IsArn(object? value) =>
        value is string text && text.StartsWith("arn:", StringComparison.Ordinal) && text.Split(':', 6).Length >= 6;
}
