using BotoSharp.Clients;
using BotoSharp.Customizations;
using BotoSharp.Models;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Clients;

/// <summary>The call-path details the differential tests found: URL joining and S3's list-objects key encoding.</summary>
[TestFixture]
public sealed class CallPathCustomizationTests
{
    [TestCase("https://b.s3.amazonaws.com", "?list-type=2", "https://b.s3.amazonaws.com/?list-type=2")]
    [TestCase("https://b.s3.amazonaws.com", "?delete", "https://b.s3.amazonaws.com/?delete")]
    [TestCase("https://b.s3.amazonaws.com", "", "https://b.s3.amazonaws.com/")]
    [TestCase("https://sqs.us-east-1.amazonaws.com", "/", "https://sqs.us-east-1.amazonaws.com/")]
    [TestCase("https://host/base/", "/op", "https://host/base/op")]
    public void A_url_path_joins_the_endpoint_as_urlunsplit_does(string endpoint, string urlPath, string expected) =>
        Assert.That(BotoSharp.Clients.Stages.RequestUrl.Join(endpoint, urlPath, null), Is.EqualTo(expected));

    [Test]
    public void ListObjectsV2_asks_for_url_encoding_when_the_caller_did_not_and_remembers_it()
    {
        var parameters = new Dictionary<string, object?> { ["Bucket"] = "b" };
        var context = new Dictionary<string, object?>();
        S3ListObjectsEncoding.SetListObjectsEncodingTypeUrl(Kwargs(parameters, context));
        Assert.That(parameters["EncodingType"], Is.EqualTo("url"));
        Assert.That(context["encoding_type_auto_set"], Is.True);
    }

    [Test]
    public void A_caller_chosen_encoding_type_is_left_alone_and_its_keys_are_not_decoded()
    {
        var parameters = new Dictionary<string, object?> { ["Bucket"] = "b", ["EncodingType"] = "url" };
        var context = new Dictionary<string, object?>();
        S3ListObjectsEncoding.SetListObjectsEncodingTypeUrl(Kwargs(parameters, context));
        var parsed = Listing();
        S3ListObjectsEncoding.DecodeListObjects(new Dictionary<string, object?> { ["parsed"] = parsed, ["context"] = context, ["model"] = ListObjectsV2 });
        Assert.That(context, Does.Not.ContainKey("encoding_type_auto_set"));
        Assert.That(parsed["Prefix"], Is.EqualTo("docs%2F"));
    }

    [Test]
    public void Keys_prefixes_and_top_level_members_are_decoded_as_unquote_plus_when_the_sdk_asked_for_the_encoding()
    {
        var context = new Dictionary<string, object?> { ["encoding_type_auto_set"] = true };
        var parsed = Listing();
        S3ListObjectsEncoding.DecodeListObjects(new Dictionary<string, object?> { ["parsed"] = parsed, ["context"] = context, ["model"] = ListObjectsV2 });
        Assert.That(parsed["Prefix"], Is.EqualTo("docs/"));
        Assert.That(((Dictionary<string, object?>)((List<object?>)parsed["Contents"]!)[0]!)["Key"], Is.EqualTo("docs/a b+c x.txt"));
        Assert.That(((Dictionary<string, object?>)((List<object?>)parsed["CommonPrefixes"]!)[0]!)["Prefix"], Is.EqualTo("docs/sub dir/"));
    }

    private static OperationModel ListObjectsV2 => s_s3.Value.OperationModel("ListObjectsV2");

    private static readonly Lazy<ServiceModel> s_s3 = new(() =>
        new Session(environment: new Dictionary<string, string> { ["AWS_DATA_PATH"] = RepoPaths.Models, ["HOME"] = Path.GetTempPath() }).GetServiceModel("s3"));

    private static Dictionary<string, object?> Kwargs(Dictionary<string, object?> parameters, Dictionary<string, object?> context) =>
        new() { ["params"] = parameters, ["context"] = context, ["model"] = ListObjectsV2 };

    private static Dictionary<string, object?> Listing() => new()
    {
        ["EncodingType"] = "url",
        ["Prefix"] = "docs%2F",
        ["Contents"] = new List<object?> { new Dictionary<string, object?> { ["Key"] = "docs%2Fa%20b%2Bc+x.txt" } },
        ["CommonPrefixes"] = new List<object?> { new Dictionary<string, object?> { ["Prefix"] = "docs%2Fsub%20dir%2F" } },
    };
}
