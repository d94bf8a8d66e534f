using System.Text;
using BotoSharp.Protocols;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// The typed XML reader's text of a scalar (read in chunks, parsed from characters where it can) gives the dictionary
/// path's values for every shape of element text: long runs, entities, CDATA, comments, child elements, tails.
/// </summary>
public class TypedXmlTextTests
{
    private static IEnumerable<string> Texts()
    {
        yield return "";
        yield return "logs/app.log";
        yield return new string('k', 255);
        yield return new string('k', 256);
        yield return new string('k', 257) + "&amp;" + new string('z', 600);
        yield return "&quot;9b2cf535f27731c974343645a3985328&quot;";
        yield return "a<![CDATA[<b>]]>c";
        yield return "a<!-- note -->b";
        yield return "  spaced  ";
        yield return "head<Child>x</Child>tail";
        yield return "<Child/>";
        yield return "&#x4E2D;&#128512;";
    }

    [Test]
    public void EveryElementTextReadsTypedAsTheDictionaryPathReadsIt()
    {
        var (output, operation, protocol) = TypedReadProbe.CompiledOperation("s3", "ListObjectsV2");
        foreach (var text in Texts())
        {
            foreach (var (size, modified, storage) in new[] { ("1024", "2026-11-26T07:00:00.000Z", "STANDARD"), (" 12 ", "2026-11-26T07:00:00+01:00", "GLACIER_X"), ("00", "1764140400", text) })
            {
                var body = Encoding.UTF8.GetBytes("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>"
                    + $"<Contents><Key>{text}</Key><LastModified>{modified}</LastModified><ETag>{text}</ETag><ChecksumAlgorithm>CRC32</ChecksumAlgorithm>"
                    + $"<ChecksumAlgorithm>{storage}</ChecksumAlgorithm><Size>{size}</Size><StorageClass>{storage}</StorageClass><IsLatest>true</IsLatest></Contents>"
                    + "<KeyCount>1</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>");
                var response = new ProtocolResponse(200, new HeaderCollection(), body);
                var typed = TypedReadProbe.Typed(output, response, operation, protocol);
                var dictionary = TypedReadProbe.Dictionary(output, response, operation, protocol);
                Assert.That(typed.Fallback, Is.Null, text);
                Assert.That(typed.Projection, Is.EqualTo(dictionary.Projection), $"{text} / {size} / {modified} / {storage}");
            }
        }
    }
}
