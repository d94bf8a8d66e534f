using System.Collections;
using System.Text;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Ec2;
using BotoSharp.Protocols.Query;
using BotoSharp.Protocols.RestXml;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.ResponseParsing;

/// <summary>
/// botocore's real-service XML response pairs: each <c>&lt;service&gt;-&lt;operation&gt;.xml</c> parsed with the
/// installed service model (status 200, or 400 under <c>errors/</c>; no headers; timestamps kept as raw text) must give
/// the stored dictionary, <c>ResponseMetadata</c> included.
/// </summary>
public class XmlResponseParsingTests
{
    // botocore skips these four: they need handlers outside the parser (JSON-decoding policy documents and
    // templates, and S3's GetBucketLocation special case).
    private static readonly string[] s_skippedByBotocore =
    {
        "iam-get-user-policy.xml", "iam-list-roles.xml", "s3-get-bucket-location.xml", "cloudformation-get-template.xml",
    };

    /// <summary>One case per XML file.</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var kind in new[] { "responses", "errors" })
        {
            var folder = Path.Combine(RepoPaths.Conformance, "response-parsing", "xml", kind);
            foreach (var file in Directory.GetFiles(folder, "*.xml").OrderBy(f => f, StringComparer.Ordinal))
            {
                if (s_skippedByBotocore.Contains(Path.GetFileName(file)))
                {
                    continue;
                }
                yield return new TestCaseData(kind, Path.GetFileName(file)).SetName($"xml {kind}: {Path.GetFileNameWithoutExtension(file)}");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void TheResponseParsesToTheStoredDictionary(string kind, string fileName)
    {
        if (BotocoreData.DataPath is null)
        {
            Assert.Inconclusive("python3 with botocore is needed to locate the real service models.");
        }
        var folder = Path.Combine(RepoPaths.Conformance, "response-parsing", "xml", kind);
        var baseName = Path.GetFileNameWithoutExtension(fileName);
        var dash = baseName.IndexOf('-');
        var service = BotocoreData.Service(baseName[..dash]);
        var operation = FindOperation(service, baseName[(dash + 1)..].Split('#')[0]);
        var status = kind == "errors" ? 400 : 200;
        var response = new ProtocolResponse(status, new HeaderCollection(), File.ReadAllBytes(Path.Combine(folder, fileName)));

        var parsed = CreateParser(service.Protocol).Parse(response, operation.OutputShape);

        var expected = (IDictionary<string, object?>)PlainJsonReader.Parse(File.ReadAllBytes(Path.Combine(folder, baseName + ".json")))!;
        var metadata = (IDictionary<string, object?>)expected["ResponseMetadata"]!;
        metadata["HTTPStatusCode"] = (long)status;
        metadata["HTTPHeaders"] = new Dictionary<string, object?>();
        Assert.That(PlainValues.AreEqual(BytesToText(parsed), expected, out var path), Is.True, () => $"differs at {path}: {PlainValues.Describe(BytesToText(parsed))}");
    }

    private static ResponseParserBase CreateParser(string protocol)
    {
        // botocore's test keeps timestamps as the text of the response.
        Func<string, object?> raw = text => text;
        return protocol switch
        {
            "query" => new QueryResponseParser(raw),
            "ec2" => new Ec2ResponseParser(raw),
            "rest-xml" => new RestXmlResponseParser(raw),
            _ => throw new AssertionException($"Not an XML protocol: {protocol}"),
        };
    }

    // The file names use botocore's xform_name of the operation (describe-db-instances → DescribeDBInstances).
    private static OperationModel FindOperation(ServiceModel service, string fileOperation)
    {
        var wanted = fileOperation.Replace("-", string.Empty, StringComparison.Ordinal);
        var name = service.OperationNames.Single(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
        return service.OperationModel(name);
    }

    private static object? BytesToText(object? value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => BytesToText(p.Value)),
        IList list => list.Cast<object?>().Select(BytesToText).ToList(),
        _ => value,
    };
}
