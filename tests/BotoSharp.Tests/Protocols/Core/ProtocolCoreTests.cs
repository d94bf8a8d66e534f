using System.Text;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Rest;

namespace BotoSharp.Tests.Protocols.Core;

/// <summary>The shared protocol pieces: request/response containers, URI templates, host prefixes, the factory and generic errors.</summary>
[TestFixture]
public sealed class ProtocolCoreTests
{
    private static OperationModel JsonOperation(string hostPrefix = "{Name}-{Zone}.") => ServiceModel.FromJson("""
        {"metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Svc", "endpointPrefix": "svc"},
         "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "In"},
                               "endpoint": {"hostPrefix": "HOSTPREFIX"}}},
         "shapes": {"In": {"type": "structure", "members": {
             "Name": {"shape": "S", "hostLabel": true}, "Zone": {"shape": "S", "hostLabel": true}, "Other": {"shape": "S"}}},
           "S": {"type": "string"}}}
        """.Replace("HOSTPREFIX", hostPrefix, StringComparison.Ordinal)).OperationModel("Op");

    [Test]
    public void HeadersAreCaseInsensitiveKeepOrderAndReplaceInPlace()
    {
        var headers = new HeaderCollection();
        headers.Set("X-B", "1");
        headers.Set("Content-Type", "a");
        headers.Set("x-b", "2");
        Assert.That(headers.Select(h => $"{h.Key}={h.Value}"), Is.EqualTo(new[] { "X-B=2", "Content-Type=a" }));
        Assert.That(headers["CONTENT-TYPE"], Is.EqualTo("a"));
        Assert.That(headers.Remove("x-B"), Is.True);
        Assert.That(headers.ToLowerCaseDictionary().Keys, Is.EqualTo(new[] { "content-type" }));
    }

    [Test]
    public void QueryStringsRepeatListKeysAndEncodeSpacesAsPercentTwenty()
    {
        var query = new QueryStringCollection();
        query.Set("b", new[] { "x y", "z/~" });
        query.Set("a", "1&2");
        query.Set("b", "last");
        Assert.That(query.Encode(), Is.EqualTo("b=last&a=1%262"));
        query.Set("b", new[] { "x y", "z/~" });
        Assert.That(query.Encode(), Is.EqualTo("b=x%20y&b=z%2F~&a=1%262"));
    }

    [Test]
    public void UriLabelsEncodeSlashesUnlessGreedy()
    {
        var values = new Dictionary<string, string> { ["Bucket"] = "my bucket", ["Key"] = "a/b c~d+e" };
        Assert.That(RestSerializerBase.RenderUriTemplate("/{Bucket}/{Key+}?x-id=Get", values), Is.EqualTo("/my%20bucket/a/b%20c~d%2Be?x-id=Get"));
        Assert.That(RestSerializerBase.RenderUriTemplate("/{Key}", values), Is.EqualTo("/a%2Fb%20c~d%2Be"));
        Assert.Throws<ParamValidationError>(() => RestSerializerBase.RenderUriTemplate("/{Missing}", values));
    }

    [Test]
    public void HostPrefixLabelsAreExpandedFromHostLabelMembers()
    {
        var request = ProtocolFactory.CreateSerializer("json").Serialize(
            new Dictionary<string, object?> { ["Name"] = "abc", ["Zone"] = "z.1", ["Other"] = "x" }, JsonOperation());
        Assert.That(request.HostPrefix, Is.EqualTo("abc-z.1."));
    }

    [Test]
    public void HostPrefixLabelsOutsideTheAllowedCharactersAreRejectedAsBotocoreDoes()
    {
        var error = Assert.Throws<ParamValidationError>(() => ProtocolFactory.CreateSerializer("json", includeValidation: false).Serialize(
            new Dictionary<string, object?> { ["Name"] = "a/b", ["Zone"] = "ok" }, JsonOperation()));
        Assert.That(error!.Message, Is.EqualTo(
            "Parameter validation failed:\nInvalid value for parameter(s): Name. Must contain only alphanumeric characters, hyphen, or period."));
    }

    [Test]
    public void AnEmptyHostLabelFailsValidationWithBotocoresImpliedMinimum()
    {
        var error = Assert.Throws<ParamValidationError>(() => ProtocolFactory.CreateSerializer("json").Serialize(
            new Dictionary<string, object?> { ["Name"] = "", ["Zone"] = "ok" }, JsonOperation()));
        Assert.That(error!.Message, Does.Contain("Invalid length for parameter Name, value: 0, valid min length: 1"));
    }

    [Test]
    public void UnknownProtocolsRaiseUnsupportedProtocolError()
    {
        Assert.Throws<UnsupportedProtocolError>(() => ProtocolFactory.CreateSerializer("smoke-signals"));
        Assert.Throws<UnsupportedProtocolError>(() => ProtocolFactory.CreateParser("smoke-signals"));
    }

    [Test]
    public void ARequestBodyIsBytesAStreamOrNothing()
    {
        var request = new SerializedRequest();
        Assert.That(request.HasBody, Is.False);
        request.Body = new MemoryStream();
        Assert.That(request.HasBody, Is.True);
        Assert.Throws<ArgumentException>(() => request.Body = "text");
    }

    [TestCase(500, "", "Internal Server Error")]
    [TestCase(503, "  <html><body>down</body></html>", "Service Unavailable")]
    [TestCase(599, "", "")]
    public void AServerErrorWithAnEmptyOrHtmlBodyIsAGenericErrorNamedByItsStatus(int status, string body, string message)
    {
        var parsed = ProtocolFactory.CreateParser("rest-json").Parse(new ProtocolResponse(status, body: Encoding.UTF8.GetBytes(body)), (Shape?)null);
        var error = (Dictionary<string, object?>)parsed["Error"]!;
        Assert.That(error["Code"], Is.EqualTo(status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(error["Message"], Is.EqualTo(message));
        Assert.That(((Dictionary<string, object?>)parsed["ResponseMetadata"]!)["HTTPStatusCode"], Is.EqualTo((long)status));
    }

    [Test]
    public void AQueryCompatibleErrorHeaderRewritesTheCodeAndKeepsTheOriginal()
    {
        var headers = new HeaderCollection();
        headers.Set("x-amzn-query-error", "AWS.Legacy.Code;Sender");
        var parsed = ProtocolFactory.CreateParser("json").Parse(
            new ProtocolResponse(400, headers, Encoding.UTF8.GetBytes("""{"__type": "ns#NewCode", "message": "m"}""")), (Shape?)null);
        var error = (Dictionary<string, object?>)parsed["Error"]!;
        Assert.That(error["Code"], Is.EqualTo("AWS.Legacy.Code"));
        Assert.That(error["QueryErrorCode"], Is.EqualTo("NewCode"));
        Assert.That(error["Type"], Is.EqualTo("Sender"));
    }

    [Test]
    public void APlainClientErrorCanBeBuiltFromAParsedErrorResponse()
    {
        var parsed = ProtocolFactory.CreateParser("json").Parse(
            new ProtocolResponse(400, body: Encoding.UTF8.GetBytes("""{"__type": "Throttling", "message": "slow down"}""")), (Shape?)null);
        var error = new ClientError(parsed, "Op");
        Assert.That(error.Message, Is.EqualTo("An error occurred (Throttling) when calling the Op operation: slow down"));
        Assert.That(error.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public void AStreamedErrorBodyIsReadInFullAndParsedAsAnError()
    {
        var parsed = ProtocolFactory.CreateParser("rest-json").Parse(
            new ProtocolResponse(503, new HeaderCollection(), new MemoryStream("<html>down</html>"u8.ToArray())), (Shape?)null);
        Assert.That(((Dictionary<string, object?>)parsed["Error"]!)["Code"], Is.EqualTo("503"));
    }
}
