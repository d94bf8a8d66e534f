using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.RestXml;

/// <summary>
/// The rest-xml error body rules, and the S3 check for an error document sent with status 200. S3 answers
/// <c>&lt;Error&gt;</c> at the root; Route 53 and CloudFront wrap it in <c>&lt;ErrorResponse&gt;</c>.
/// </summary>
public static class RestXmlErrors
{
    /// <summary>
    /// botocore's <c>_looks_like_special_case_error</c>: a 200 response whose non-empty body is an
    /// <c>&lt;Error&gt;</c> document (no namespace), or is not XML at all (a cut-off stream), is really an error and
    /// the call path must treat it as a 500.
    /// </summary>
    public static bool LooksLikeErrorWithStatus200(int statusCode, ReadOnlySpan<byte> body)
    {
        if (statusCode != 200 || body.IsEmpty)
        {
            return false;
        }
        if (PlainXmlScan.TryRootIsError(body, out var rootIsError))
        {
            return rootIsError;
        }
        try
        {
            return XmlDocumentReader.RootTag(body) == "Error";
        }
        catch (Errors.ResponseParserError)
        {
            return true;
        }
    }

    /// <summary>The same check over a whole body array, which lets a large body be read without decoding it first.</summary>
    internal static bool LooksLikeErrorWithStatus200(int statusCode, byte[] body) => LooksLikeErrorWithStatus200(statusCode, new ArraySegment<byte>(body));

    /// <summary>The same check over the part of a buffer a body fills (the transport's pooled body).</summary>
    internal static bool LooksLikeErrorWithStatus200(int statusCode, ArraySegment<byte> body)
    {
        if (statusCode != 200 || body.Count == 0)
        {
            return false;
        }
        if (PlainXmlScan.TryRootIsError(body, out var rootIsError))
        {
            return rootIsError;
        }
        try
        {
            return XmlDocumentReader.RootTag(body) == "Error";
        }
        catch (Errors.ResponseParserError)
        {
            return true;
        }
    }

    /// <summary>
    /// Reads an error body: an <c>&lt;Error&gt;</c> root becomes <c>Error</c> as is (minus the RequestId/HostId it
    /// repeats from the headers, whose metadata is used); otherwise the root's children are merged over
    /// <c>{"Error": {"Message": "", "Code": ""}}</c> with a body <c>RequestId</c> moved to <c>ResponseMetadata</c>.
    /// </summary>
    internal static Dictionary<string, object?> FromBody(byte[] body, Dictionary<string, object?> headerMetadata)
    {
        var root = XmlDocumentReader.Parse(body);
        var parsed = XmlNodeMap.ToPlainValues(XmlNodeMap.Build(root));
        if (root.Tag == "Error")
        {
            parsed.Remove("RequestId");
            parsed.Remove("HostId");
            return new Dictionary<string, object?> { ["Error"] = parsed, ["ResponseMetadata"] = headerMetadata };
        }
        if (parsed.Remove("RequestId", out var requestId))
        {
            parsed["ResponseMetadata"] = new Dictionary<string, object?> { ["RequestId"] = requestId };
        }
        var result = new Dictionary<string, object?>
        {
            ["Error"] = new Dictionary<string, object?> { ["Message"] = string.Empty, ["Code"] = string.Empty },
        };
        MergeDicts(result, parsed);
        return result;
    }

    // botocore's merge_dicts: nested dictionaries merge key by key, anything else replaces.
    private static void MergeDicts(Dictionary<string, object?> target, Dictionary<string, object?> source)
    {
        foreach (var (key, value) in source)
        {
            if (value is Dictionary<string, object?> nested && target.TryGetValue(key, out var existing) && existing is Dictionary<string, object?> into)
            {
                MergeDicts(into, nested);
            }
            else
            {
                target[key] = value;
            }
        }
    }
}
