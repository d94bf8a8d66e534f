using System.Xml.Linq;
using BotoSharp.Endpoints;
using BotoSharp.Protocols.RestXml;

namespace BotoSharp.Customizations;

/// <summary>
/// botocore's S3 handlers around the wire: endpoint builtins per call (GetBucketLocation path style), the
/// <c>Expect: 100-continue</c> header for stream bodies, CR/LF escaping in two XML payloads, the <c>200 with an
/// error</c> check, and the GetBucketLocation answer that the model cannot describe.
/// </summary>
public static partial class S3CallHandlers
{
    /// <summary>The rows, in botocore's registration order.</summary>
    public static IEnumerable<HandlerRow> Rows()
    {
        yield return new("after-call.s3.GetBucketLocation", ParseGetBucketLocation);
        yield return new("before-parse.s3.*", Handle200Error, Events.EventHandlerSection.First);
        yield return new("before-endpoint-resolution.s3", CustomizeEndpointResolverBuiltins);
        yield return new("needs-retry.s3.*", UpdateStatusCode, Events.EventHandlerSection.First);
        yield return new("before-call.s3", AddExpectHeader);
        yield return new("before-call.s3.DeleteObjects", EscapeXmlPayload);
        yield return new("before-call.s3.PutBucketLifecycleConfiguration", EscapeXmlPayload);
    }

    /// <summary>
    /// botocore's <c>customize_endpoint_resolver_builtins</c>: GetBucketLocation always goes path style (the
    /// bucket's region is what it asks for), an ARN bucket never does; presigned URLs with the global endpoint
    /// resolve as <c>aws-global</c> when virtual hosting is possible.
    /// </summary>
    public static object? CustomizeEndpointResolverBuiltins(IDictionary<string, object?> kwargs)
    {
        if (kwargs.Get("builtins") is not IDictionary<string, object?> builtins)
        {
            return null;
        }
        var parameters = HandlerArgs.ApiParams(kwargs);
        var bucket = parameters.Get("Bucket") as string;
        var bucketIsArn = bucket is not null && bucket.StartsWith("arn:", StringComparison.Ordinal) && bucket.Split(':').Length >= 6;
        if (HandlerArgs.Model(kwargs).Name == "GetBucketLocation")
        {
            builtins[EndpointBuiltIns.S3ForcePathStyle] = true;
        }
        else if (bucketIsArn)
        {
            builtins[EndpointBuiltIns.S3ForcePathStyle] = false;
        }
        var pathStyleRequired = bucket is not null && !ValidHostLabel().IsMatch(bucket);
        var pathStyleRequested = builtins.Get(EndpointBuiltIns.S3ForcePathStyle) is true;
        if (HandlerArgs.Context(kwargs)?.Get("use_global_endpoint") is true && !pathStyleRequired && !pathStyleRequested
            && !bucketIsArn && !(bucket?.EndsWith("--x-s3", StringComparison.Ordinal) ?? false))
        {
            builtins[EndpointBuiltIns.Region] = "aws-global";
            builtins[EndpointBuiltIns.S3UseGlobalEndpoint] = true;
        }
        return null;
    }

    /// <summary>botocore's <c>add_expect_header</c>: a PUT or POST with a stream body asks for <c>100-continue</c>.</summary>
    public static object? AddExpectHeader(IDictionary<string, object?> kwargs)
    {
        if (HandlerArgs.Model(kwargs).HttpMethod is not ("PUT" or "POST"))
        {
            return null;
        }
        AddExpectHeader(HandlerArgs.RequestDict(kwargs));
        return null;
    }

    /// <summary>The row's work on a PUT or POST (the call path calls it directly when only rows listen).</summary>
    internal static void AddExpectHeader(Models.OperationModel model, Http.AwsRequest request)
    {
        if (model.HttpMethod is "PUT" or "POST")
        {
            AddExpectHeader(request);
        }
    }

    private static void AddExpectHeader(Http.AwsRequest request)
    {
        if (request.BodyStream is { } body)
        {
            // ensure_boolean of os.environ: only the text "true" (any case) switches the check on.
            var skipEmpty = string.Equals(Environment.GetEnvironmentVariable("BOTO_EXPERIMENTAL__NO_EMPTY_CONTINUE"), "true", StringComparison.OrdinalIgnoreCase);
            if (skipEmpty && body.CanSeek && body.Length - body.Position == 0)
            {
                return;
            }
            request.Headers.Set("Expect", "100-continue");
        }
    }

    /// <summary>botocore's <c>escape_xml_payload</c>: CR and LF in the XML body become character references.</summary>
    public static object? EscapeXmlPayload(IDictionary<string, object?> kwargs)
    {
        var request = HandlerArgs.RequestDict(kwargs);
        if (request.BodyBytes is { } body && (body.Contains((byte)'\r') || body.Contains((byte)'\n')))
        {
            var escaped = new List<byte>(body.Length + 16);
            foreach (var b in body)
            {
                escaped.AddRange(b switch { (byte)'\r' => "&#xD;"u8.ToArray(), (byte)'\n' => "&#xA;"u8.ToArray(), _ => new[] { b } });
            }
            request.SetBody(escaped.ToArray());
        }
        return null;
    }

    /// <summary>
    /// botocore's <c>_handle_200_error</c>: a 200 answer whose body is an S3 <c>&lt;Error&gt;</c> document becomes a
    /// 500, except for operations without output, with event-stream output or a blob/string payload.
    /// </summary>
    public static object? Handle200Error(IDictionary<string, object?> kwargs)
    {
        var model = HandlerArgs.Model(kwargs);
        if (kwargs.Get("response_dict") is not IDictionary<string, object?> response || model.HasEventStreamOutput
            || model.OutputShape is not { } output)
        {
            return null;
        }
        if (output.Payload is { } payload && output.Members.TryGetValue(payload, out var payloadShape) && payloadShape.TypeName is "blob" or "string")
        {
            return null;
        }
        // The call path hands the pooled body in place (an ArraySegment) when only builtin rows run here, and leaves
        // the check to the typed read (which proves the same thing while reading) when that read will run.
        if (response.Get("body") is Deferred200ErrorCheck deferred)
        {
            deferred.Requested = true;
            return null;
        }
        var body = response.Get("body") switch
        {
            byte[] bytes => new ArraySegment<byte>(bytes),
            ArraySegment<byte> inPlace => inPlace,
            _ => (ArraySegment<byte>?)null,
        };
        if (response.Get("status_code") is int status && body is { } read && RestXmlErrors.LooksLikeErrorWithStatus200(status, read))
        {
            response["status_code"] = 500;
        }
        return null;
    }

    /// <summary>
    /// botocore's <c>_update_status_code</c>: the HTTP response takes the status the parser used (a 200 with an error
    /// document is a 500), so retries and the raised error see it.
    /// </summary>
    public static object? UpdateStatusCode(IDictionary<string, object?> kwargs)
    {
        if (kwargs.Get("response") is ValueTuple<Http.AwsResponse, Dictionary<string, object?>> (var response, var parsed)
            && parsed.GetValueOrDefault("ResponseMetadata") is IDictionary<string, object?> metadata
            && metadata.Get("HTTPStatusCode") is { } code)
        {
            var status = Convert.ToInt32(code, System.Globalization.CultureInfo.InvariantCulture);
            if (status != response.StatusCode)
            {
                response.StatusCode = status;
            }
        }
        return null;
    }

    /// <summary>
    /// botocore's <c>parse_get_bucket_location</c>: the <c>LocationConstraint</c> is the root element's text
    /// (null for us-east-1's empty element).
    /// </summary>
    public static object? ParseGetBucketLocation(IDictionary<string, object?> kwargs)
    {
        if (HandlerArgs.Parsed(kwargs) is not { } parsed || kwargs.Get("http_response") is not Http.AwsResponse { Content: { } content })
        {
            return null;
        }
        var root = XDocument.Parse(System.Text.Encoding.UTF8.GetString(content)).Root;
        // ElementTree's root.text: the text before the first child, None when there is none.
        var text = root?.Nodes().TakeWhile(n => n is not XElement).OfType<XText>().Select(t => t.Value).ToList();
        parsed["LocationConstraint"] = text is { Count: > 0 } ? string.Concat(text) : null;
        return null;
    }

    // botocore's VALID_HOST_LABEL_RE: letters, digits and hyphens, 1-63 long, no hyphen at either end.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?!-)[a-zA-Z\d-]{1,63}(?<!-)$")]
    private static partial System.Text.RegularExpressions.Regex ValidHostLabel();
}
