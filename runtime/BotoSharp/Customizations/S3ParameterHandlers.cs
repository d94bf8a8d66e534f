using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Customizations;

/// <summary>
/// botocore's S3 <c>before-parameter-build</c> handlers: bucket-name validation, SSE-C key encoding with its MD5,
/// ASCII-only metadata, CopySource quoting, and byte bodies turned into streams for PutObject / UploadPart.
/// </summary>
public static partial class S3ParameterHandlers
{
    private static readonly string[] s_sseOperations =
        { "HeadObject", "GetObject", "PutObject", "CopyObject", "CreateMultipartUpload", "UploadPart", "UploadPartCopy", "CompleteMultipartUpload", "SelectObjectContent" };

    /// <summary>The rows, in botocore's registration order.</summary>
    public static IEnumerable<HandlerRow> Rows()
    {
        yield return new("before-parameter-build.s3.UploadPart", ConvertBodyToFileLikeObject, Events.EventHandlerSection.Last);
        yield return new("before-parameter-build.s3.PutObject", ConvertBodyToFileLikeObject, Events.EventHandlerSection.Last);
        yield return new("before-parameter-build.s3", ValidateBucketName);
        yield return new("before-parameter-build.s3.CopyObject", HandleCopySourceParam);
        yield return new("before-parameter-build.s3.UploadPartCopy", HandleCopySourceParam);
        foreach (var operation in new[] { "CopyObject", "PutObject", "CreateMultipartUpload" })
        {
            yield return new("before-parameter-build.s3." + operation, ValidateAsciiMetadata);
        }
        foreach (var operation in s_sseOperations)
        {
            yield return new("before-parameter-build.s3." + operation, SseMd5);
            if (operation is "CopyObject" or "UploadPartCopy")
            {
                yield return new("before-parameter-build.s3." + operation, CopySourceSseMd5);
            }
        }
    }

    /// <summary>botocore's <c>convert_body_to_file_like_object</c>: a string or byte body becomes a stream.</summary>
    public static object? ConvertBodyToFileLikeObject(IDictionary<string, object?> kwargs)
    {
        var parameters = HandlerArgs.ApiParams(kwargs);
        switch (parameters.Get("Body"))
        {
            case string text:
                parameters["Body"] = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
                break;
            case byte[] bytes:
                parameters["Body"] = new MemoryStream(bytes, writable: false);
                break;
        }
        return null;
    }

    /// <summary>botocore's <c>validate_bucket_name</c>: a bucket is a plain name or an access point / outpost ARN.</summary>
    /// <exception cref="ParamValidationError">The bucket matches neither form (e.g. <c>../x</c>, <c>a/b</c>).</exception>
    public static object? ValidateBucketName(IDictionary<string, object?> kwargs)
    {
        var parameters = HandlerArgs.ApiParams(kwargs);
        if (!parameters.TryGetValue("Bucket", out var value) || value is not string bucket)
        {
            return null;
        }
        if (!ValidBucket().IsMatch(bucket) && !ValidS3Arn().IsMatch(bucket))
        {
            throw new ParamValidationError(
                $"Invalid bucket name \"{bucket}\": Bucket name must match the regex \"{ValidBucket()}\" or be an ARN matching the regex \"{ValidS3Arn()}\"");
        }
        return null;
    }

    /// <summary>botocore's <c>sse_md5</c>: the SSE-C key goes base64-encoded with the base64 MD5 of its bytes.</summary>
    public static object? SseMd5(IDictionary<string, object?> kwargs) => EncodeSseKey(HandlerArgs.ApiParams(kwargs), "SSECustomer");

    /// <summary>botocore's <c>copy_source_sse_md5</c>: as <see cref="SseMd5"/> for the copy source's key.</summary>
    public static object? CopySourceSseMd5(IDictionary<string, object?> kwargs) => EncodeSseKey(HandlerArgs.ApiParams(kwargs), "CopySourceSSECustomer");

    /// <summary>botocore's <c>validate_ascii_metadata</c>: S3 metadata keys and values must be ASCII.</summary>
    /// <exception cref="ParamValidationError">A key or value holds a non-ASCII character.</exception>
    public static object? ValidateAsciiMetadata(IDictionary<string, object?> kwargs)
    {
        if (HandlerArgs.ApiParams(kwargs).Get("Metadata") is not IDictionary<string, object?> metadata)
        {
            return null;
        }
        foreach (var (key, value) in metadata)
        {
            if (!Ascii.IsValid(key) || (value is string text && !Ascii.IsValid(text)))
            {
                throw new ParamValidationError(
                    $"Non ascii characters found in S3 metadata for key \"{key}\", value: \"{value}\".  \nS3 metadata can only contain ASCII characters. ");
            }
        }
        return null;
    }

    /// <summary>
    /// botocore's <c>handle_copy_source_param</c>: a string CopySource has its bucket/key part percent-encoded (a
    /// trailing <c>?versionId=</c> kept as is); a dictionary becomes <c>bucket/key[?versionId=v]</c>.
    /// </summary>
    /// <exception cref="ParamValidationError">A dictionary CopySource lacks Bucket or Key.</exception>
    public static object? HandleCopySourceParam(IDictionary<string, object?> kwargs)
    {
        var parameters = HandlerArgs.ApiParams(kwargs);
        switch (parameters.Get("CopySource"))
        {
            case string source:
                var version = VersionIdSuffix().Match(source);
                parameters["CopySource"] = version.Success
                    ? AwsUriEncoding.Quote(source[..version.Index], "-._~/") + source[version.Index..]
                    : AwsUriEncoding.Quote(source, "-._~/");
                break;
            case IDictionary<string, object?> map:
                parameters["CopySource"] = QuoteFromDictionary(map);
                break;
        }
        return null;
    }

    private static string QuoteFromDictionary(IDictionary<string, object?> source)
    {
        var bucket = source.TryGetValue("Bucket", out var b) ? b as string : throw new ParamValidationError("Missing required parameter: 'Bucket'");
        var key = source.TryGetValue("Key", out var k) ? k as string : throw new ParamValidationError("Missing required parameter: 'Key'");
        var path = bucket is not null && ValidS3Arn().IsMatch(bucket) ? $"{bucket}/object/{key}" : $"{bucket}/{key}";
        var quoted = AwsUriEncoding.Quote(path, "-._~/");
        return source.Get("VersionId") is { } versionId ? $"{quoted}?versionId={versionId}" : quoted;
    }

    private static object? EncodeSseKey(IDictionary<string, object?> parameters, string prefix)
    {
        var keyMember = prefix + "Key";
        var md5Member = prefix + "KeyMD5";
        if (parameters.Get(keyMember) is not { } key || parameters.ContainsKey(md5Member))
        {
            return null;
        }
        var bytes = key as byte[] ?? Encoding.UTF8.GetBytes(key as string ?? Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!);
        parameters[keyMember] = Convert.ToBase64String(bytes);
        parameters[md5Member] = Convert.ToBase64String(MD5.HashData(bytes));
        return null;
    }

    [GeneratedRegex(@"^[a-zA-Z0-9.\-_]{1,255}$")]
    private static partial Regex ValidBucket();

    [GeneratedRegex(@"^arn:(aws).*:(s3|s3-object-lambda):[a-z\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\-.]{1,63}$|^arn:(aws).*:s3-outposts:[a-z\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\-]{1,63}$")]
    private static partial Regex ValidS3Arn();

    [GeneratedRegex(@"\?versionId=[^\s]+$")]
    private static partial Regex VersionIdSuffix();
}
