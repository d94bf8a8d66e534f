using System.Text;
using BotoSharp.Http;
using BotoSharp.Models;
using BotoSharp.Protocols.Query;
using BotoSharp.Signing;

namespace BotoSharp.Customizations;

/// <summary>
/// botocore's <c>inject_presigned_url_ec2</c> and <c>inject_presigned_url_rds</c>: a cross-region copy carries a URL
/// presigned in the source region for the same request, so the source region can authorise the copy. The request is a
/// query-protocol form body here (botocore still holds it as a dict at <c>before-call</c>), so the rows read the form
/// fields in order, change them as botocore changes its dict, and write the form back.
/// </summary>
public static class PresignedCopyHandlers
{
    /// <summary>The rows, in botocore's registration order.</summary>
    public static IEnumerable<HandlerRow> Rows()
    {
        yield return new("before-call.ec2.CopySnapshot", InjectPresignedUrlEc2);
        foreach (var operation in s_rdsOperations)
        {
            yield return new($"before-call.rds.{operation}", InjectPresignedUrlRds);
        }
        foreach (var service in new[] { "neptune", "docdb" })
        {
            yield return new($"before-call.{service}.CopyDBClusterSnapshot", InjectPresignedUrlRds);
            yield return new($"before-call.{service}.CreateDBCluster", InjectPresignedUrlRds);
        }
    }

    private static readonly string[] s_rdsOperations =
    {
        "CopyDBClusterSnapshot", "CreateDBCluster", "CopyDBSnapshot", "CreateDBInstanceReadReplica", "StartDBInstanceAutomatedBackupsReplication",
    };

    /// <summary>botocore's <c>inject_presigned_url_ec2</c>: <c>PresignedUrl</c> (unless given) and <c>DestinationRegion</c>.</summary>
    public static object? InjectPresignedUrlEc2(IDictionary<string, object?> kwargs)
    {
        var request = HandlerArgs.RequestDict(kwargs);
        var body = FormFields.Read(request);
        if (body.Contains("PresignedUrl"))
        {
            return null;
        }
        var signer = (RequestSigner)kwargs["request_signer"]!;
        var (source, destination) = (body.Get("SourceRegion"), signer.RegionName!);
        body.Set("PresignedUrl", CrossRegionPresignedUrl(signer, request, body, HandlerArgs.Model(kwargs), source, destination));
        // EC2 wants the destination region on the wire as well as the source region.
        body.Set("DestinationRegion", destination);
        body.WriteTo(request);
        return null;
    }

    /// <summary>
    /// botocore's <c>inject_presigned_url_rds</c>: <c>SourceRegion</c> (not an RDS API member) leaves the body and
    /// becomes a <c>PreSignedUrl</c> unless one is given; without <c>SourceRegion</c> the copy is local and nothing changes.
    /// </summary>
    public static object? InjectPresignedUrlRds(IDictionary<string, object?> kwargs)
    {
        var request = HandlerArgs.RequestDict(kwargs);
        var body = FormFields.Read(request);
        if (!body.Contains("SourceRegion"))
        {
            return null;
        }
        var signer = (RequestSigner)kwargs["request_signer"]!;
        var (source, destination) = (body.Get("SourceRegion"), signer.RegionName!);
        body.Remove("SourceRegion");
        if (!body.Contains("PreSignedUrl"))
        {
            body.Set("PreSignedUrl", CrossRegionPresignedUrl(signer, request, body, HandlerArgs.Model(kwargs), source, destination));
        }
        body.WriteTo(request);
        return null;
    }

    // botocore's _get_cross_region_presigned_url: the same request as a GET with no headers, DestinationRegion added,
    // the destination region replaced by the source region everywhere in the URL, presigned for the source region.
    private static string CrossRegionPresignedUrl(RequestSigner signer, AwsRequest request, FormFields body, OperationModel model, string? source, string destination)
    {
        var copyBody = body.Copy();
        copyBody.Set("DestinationRegion", destination);
        var context = new Dictionary<string, object?>(request.Context, StringComparer.Ordinal);
        if (context.Get("signing") is IDictionary<string, object?> signing)
        {
            context["signing"] = new Dictionary<string, object?>(signing, StringComparer.Ordinal);
        }
        var copy = new AwsRequest("GET", request.Url.Replace(destination, source, StringComparison.Ordinal), context);
        copyBody.WriteTo(copy);
        return signer.GeneratePresignedUrl(copy, model.Name, regionName: source);
    }

    /// <summary>A form body as botocore's ordered body dict: setting a present key keeps its place, a new key goes last.</summary>
    private sealed class FormFields
    {
        private readonly List<KeyValuePair<string, string>> _fields;

        private FormFields(List<KeyValuePair<string, string>> fields) => _fields = fields;

        public static FormFields Read(AwsRequest request) =>
            new(AwsUriEncoding.ParseQuery(Encoding.UTF8.GetString(request.BodyBytes ?? Array.Empty<byte>())));

        public FormFields Copy() => new(new List<KeyValuePair<string, string>>(_fields));

        public bool Contains(string key) => _fields.Exists(f => f.Key == key);

        public string? Get(string key) => _fields.Find(f => f.Key == key) is { Key: not null } field ? field.Value : null;

        public void Set(string key, string value)
        {
            var index = _fields.FindIndex(f => f.Key == key);
            if (index >= 0)
            {
                _fields[index] = new(key, value);
            }
            else
            {
                _fields.Add(new(key, value));
            }
        }

        public void Remove(string key) => _fields.RemoveAll(f => f.Key == key);

        public void WriteTo(AwsRequest request) => request.SetBody(Encoding.UTF8.GetBytes(FormEncoding.Encode(_fields)));
    }
}
