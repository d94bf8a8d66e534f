using System.Text;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Ec2;
using BotoSharp.Protocols.Query;
using BotoSharp.Protocols.RestXml;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>Error bodies of the three XML protocols, as botocore reads them.</summary>
public class XmlErrorParsingTests
{
    private const string Shapes = """{"Output": {"type": "structure", "members": {}}}""";

    [Test]
    public void AQueryErrorResponseBecomesErrorAndItsRequestIdMovesToResponseMetadata()
    {
        var parsed = Parse(new QueryResponseParser(), "query", 400,
            "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Slow down</Message></Error><RequestId>r-1</RequestId></ErrorResponse>");
        Assert.Multiple(() =>
        {
            Assert.That(Error(parsed)["Code"], Is.EqualTo("Throttling"));
            Assert.That(Error(parsed)["Type"], Is.EqualTo("Sender"));
            Assert.That(Metadata(parsed)["RequestId"], Is.EqualTo("r-1"));
            Assert.That(Metadata(parsed)["HTTPStatusCode"], Is.EqualTo(400L));
        });
    }

    [Test]
    public void AnEc2ErrorIsLiftedFromErrorsAndItsRequestIdIsSpelledRequestID()
    {
        var parsed = Parse(new Ec2ResponseParser(), "ec2", 400,
            "<Response><Errors><Error><Code>InvalidInstanceID.Malformed</Code><Message>Invalid id</Message></Error></Errors><RequestID>r-2</RequestID></Response>");
        Assert.Multiple(() =>
        {
            Assert.That(Error(parsed)["Code"], Is.EqualTo("InvalidInstanceID.Malformed"));
            Assert.That(Metadata(parsed)["RequestId"], Is.EqualTo("r-2"));
            Assert.That(parsed.ContainsKey("Errors"), Is.False);
        });
    }

    [Test]
    public void AnS3ErrorRootKeepsEveryChildAndTakesIdsFromTheHeaders()
    {
        var headers = new HeaderCollection();
        headers.Set("x-amz-request-id", "req");
        headers.Set("x-amz-id-2", "host");
        var parsed = Parse(new RestXmlResponseParser(), "rest-xml", 404,
            "<Error><Code>NoSuchKey</Code><Message>Gone</Message><Key>k</Key><RequestId>body-req</RequestId><HostId>body-host</HostId></Error>", headers);
        Assert.Multiple(() =>
        {
            Assert.That(Error(parsed), Is.EqualTo(new Dictionary<string, object?> { ["Code"] = "NoSuchKey", ["Message"] = "Gone", ["Key"] = "k" }));
            Assert.That(Metadata(parsed)["RequestId"], Is.EqualTo("req"));
            Assert.That(Metadata(parsed)["HostId"], Is.EqualTo("host"));
        });
    }

    [Test]
    public void ARestXmlErrorResponseIsMergedOverEmptyCodeAndMessage()
    {
        var parsed = Parse(new RestXmlResponseParser(), "rest-xml", 400,
            "<ErrorResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><Error><Type>Sender</Type><Code>InvalidInput</Code></Error><RequestId>r-3</RequestId></ErrorResponse>");
        Assert.Multiple(() =>
        {
            Assert.That(Error(parsed)["Code"], Is.EqualTo("InvalidInput"));
            Assert.That(Error(parsed)["Message"], Is.EqualTo(string.Empty));
            Assert.That(Metadata(parsed)["RequestId"], Is.EqualTo("r-3"));
        });
    }

    [TestCase("")]
    [TestCase("this is not xml")]
    public void ARestXmlErrorWithoutAnXmlBodyIsNamedByItsStatus(string body)
    {
        var parsed = Parse(new RestXmlResponseParser(), "rest-xml", 403, body);
        Assert.Multiple(() =>
        {
            Assert.That(Error(parsed)["Code"], Is.EqualTo("403"));
            Assert.That(Error(parsed)["Message"], Is.EqualTo("Forbidden"));
            Assert.That(Metadata(parsed)["RequestId"], Is.EqualTo(string.Empty));
        });
    }

    [Test]
    public void AServerErrorWithAnHtmlBodyIsAGenericError()
    {
        var parsed = Parse(new QueryResponseParser(), "query", 503, "<html><body>Service Unavailable</body></html>");
        Assert.That(Error(parsed), Is.EqualTo(new Dictionary<string, object?> { ["Code"] = "503", ["Message"] = "Service Unavailable" }));
    }

    [TestCase(200, "<Error><Code>InternalError</Code></Error>", true)]
    [TestCase(200, "<Error xmlns=\"urn:x\"><Code>InternalError</Code></Error>", false)]
    [TestCase(200, "<CopyObjectResult><ETag>x</ETag></CopyObjectResult>", false)]
    [TestCase(200, "<CopyObjectResult><ETag>", true)]
    [TestCase(200, "", false)]
    [TestCase(500, "<Error><Code>InternalError</Code></Error>", false)]
    public void AnS3ErrorDocumentSentWithStatus200IsDetected(int status, string body, bool expected) =>
        Assert.That(RestXmlErrors.LooksLikeErrorWithStatus200(status, Encoding.UTF8.GetBytes(body)), Is.EqualTo(expected));

    private static Dictionary<string, object?> Parse(ResponseParserBase parser, string protocol, int status, string body, HeaderCollection? headers = null) =>
        parser.Parse(new ProtocolResponse(status, headers ?? new HeaderCollection(), Encoding.UTF8.GetBytes(body)),
            XmlTestModels.Operation(protocol, Shapes, inputShape: null, outputShape: "Output").OutputShape);

    private static IDictionary<string, object?> Error(Dictionary<string, object?> parsed) => (IDictionary<string, object?>)parsed["Error"]!;

    private static IDictionary<string, object?> Metadata(Dictionary<string, object?> parsed) => (IDictionary<string, object?>)parsed["ResponseMetadata"]!;
}
