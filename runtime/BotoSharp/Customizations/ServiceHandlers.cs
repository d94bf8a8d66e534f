using System.Buffers;
using System.Text;
using System.Text.Json;
using BotoSharp.Http;

namespace BotoSharp.Customizations;

/// <summary>
/// botocore's one-service request handlers: API Gateway's JSON accept header, Route 53 ids without their
/// <c>hostedzone/</c> prefix, base64 EC2 / Auto Scaling user data, Machine Learning's predict endpoint, CloudSearch
/// Domain searches as POST, and SQS's query error codes.
/// </summary>
public static class ServiceHandlers
{
    private static readonly SearchValues<char> s_schemeCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    private static readonly HashSet<string> s_route53IdShapes = new(StringComparer.Ordinal) { "ResourceId", "DelegationSetId", "ChangeId" };

    /// <summary>The rows, in botocore's registration order.</summary>
    public static IEnumerable<HandlerRow> Rows()
    {
        yield return new("after-call.sqs.*", HandleSqsCompatibleError);
        yield return new("before-call.apigateway", AddAcceptHeader);
        yield return new("request-created.machinelearning.Predict", SwitchHostMachineLearning);
        yield return new("before-parameter-build.ec2.RunInstances", Base64EncodeUserData);
        yield return new("before-parameter-build.autoscaling.CreateLaunchConfiguration", Base64EncodeUserData);
        yield return new("before-parameter-build.route53", FixRoute53Ids);
        yield return new("request-created.cloudsearchdomain.Search", ChangeGetToPost);
    }

    /// <summary>botocore's <c>add_accept_header</c>: API Gateway answers JSON when asked with <c>Accept: application/json</c>.</summary>
    public static object? AddAcceptHeader(IDictionary<string, object?> kwargs)
    {
        var headers = HandlerArgs.RequestDict(kwargs).Headers;
        if (headers["Accept"] is null)
        {
            headers.Set("Accept", "application/json");
        }
        return null;
    }

    /// <summary>botocore's <c>fix_route53_ids</c>: ResourceId, DelegationSetId and ChangeId members keep their last path part.</summary>
    public static object? FixRoute53Ids(IDictionary<string, object?> kwargs)
    {
        if (HandlerArgs.Model(kwargs).InputShape is not { } input)
        {
            return null;
        }
        var parameters = HandlerArgs.ApiParams(kwargs);
        foreach (var (name, shape) in input.Members)
        {
            if (s_route53IdShapes.Contains(shape.Name) && parameters.Get(name) is string id)
            {
                parameters[name] = id[(id.LastIndexOf('/') + 1)..];
            }
        }
        return null;
    }

    /// <summary>botocore's <c>base64_encode_user_data</c>: <c>UserData</c> (text as UTF-8, or bytes) goes base64-encoded.</summary>
    public static object? Base64EncodeUserData(IDictionary<string, object?> kwargs)
    {
        var parameters = HandlerArgs.ApiParams(kwargs);
        switch (parameters.Get("UserData"))
        {
            case string text:
                parameters["UserData"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
                break;
            case byte[] bytes:
                parameters["UserData"] = Convert.ToBase64String(bytes);
                break;
        }
        return null;
    }

    /// <summary>
    /// botocore's <c>switch_host_machinelearning</c>: Predict goes to the <c>PredictEndpoint</c> of its JSON body
    /// (scheme and host from it, path and query kept). Runs before signing, as the host is signed.
    /// </summary>
    public static object? SwitchHostMachineLearning(IDictionary<string, object?> kwargs)
    {
        if (kwargs.Get("request") is not AwsRequest { BodyBytes: { Length: > 0 } body } request)
        {
            return null;
        }
        using var json = JsonDocument.Parse(body);
        if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("PredictEndpoint", out var endpoint)
            && endpoint.ValueKind == JsonValueKind.String && endpoint.GetString() is { Length: > 0 } target)
        {
            request.Url = UrlWithHost(request.Url, target);
        }
        return null;
    }

    /// <summary>botocore's <c>change_get_to_post</c>: a GET with a query becomes a form-encoded POST of that query.</summary>
    public static object? ChangeGetToPost(IDictionary<string, object?> kwargs)
    {
        if (kwargs.Get("request") is not AwsRequest request || request.Method != "GET" || !request.Url.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }
        var split = request.Url.IndexOf('?', StringComparison.Ordinal);
        request.Headers.Set("Content-Type", "application/x-www-form-urlencoded");
        request.Method = "POST";
        request.SetBody(Encoding.UTF8.GetBytes(request.Url[(split + 1)..]));
        request.Url = request.Url[..split];
        return null;
    }

    /// <summary>botocore's <c>_handle_sqs_compatible_error</c>: an SQS error's <c>QueryErrorCode</c> is the error code raised.</summary>
    public static object? HandleSqsCompatibleError(IDictionary<string, object?> kwargs)
    {
        HandleSqsCompatibleError(HandlerArgs.Parsed(kwargs), HandlerArgs.Context(kwargs));
        return null;
    }

    /// <summary>The row's work (the call path calls it directly when only rows listen).</summary>
    internal static void HandleSqsCompatibleError(IDictionary<string, object?>? parsed, IDictionary<string, object?>? context)
    {
        if (parsed?.Get("Error") is IDictionary<string, object?> error
            && error.Get("QueryErrorCode") is string code && code.Length > 0 && context is not null)
        {
            context["error_code_override"] = code;
        }
    }

    // botocore's _get_new_endpoint: scheme and netloc from the new endpoint, path and query from the original.
    private static string UrlWithHost(string original, string newEndpoint)
    {
        var schemeEnd = original.IndexOf("://", StringComparison.Ordinal);
        var pathStart = original.IndexOfAny(['/', '?', '#'], schemeEnd + 3);
        var rest = pathStart < 0 ? string.Empty : original[pathStart..];
        var (scheme, netloc) = SchemeAndHost(newEndpoint);
        if (netloc.Length == 0)
        {
            // botocore's _switch_hosts leaves the request without a host here and its signer then fails with an
            // AttributeError, so nothing is sent; a .NET caller gets botocore's error for an endpoint without a host.
            throw new ArgumentException($"Invalid endpoint: {newEndpoint}", "PredictEndpoint");
        }
        return (scheme.Length > 0 ? scheme + ":" : string.Empty) + "//" + netloc + rest;
    }

    // urllib.parse.urlsplit's scheme and netloc: a scheme only before a ':' when every character before it may be
    // one ("host:443" has the scheme "host"), a netloc only after "//".
    private static (string Scheme, string Netloc) SchemeAndHost(string url)
    {
        var scheme = string.Empty;
        var rest = url;
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && char.IsAsciiLetter(url[0]) && url.AsSpan(0, colon).IndexOfAnyExcept(s_schemeCharacters) < 0)
        {
            scheme = url[..colon].ToLowerInvariant();
            rest = url[(colon + 1)..];
        }
        if (!rest.StartsWith("//", StringComparison.Ordinal))
        {
            return (scheme, string.Empty);
        }
        var end = rest.IndexOfAny(['/', '?', '#'], 2);
        return (scheme, end < 0 ? rest[2..] : rest[2..end]);
    }
}
