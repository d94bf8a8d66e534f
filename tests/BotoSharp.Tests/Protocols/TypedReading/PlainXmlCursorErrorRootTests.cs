using System.Text;
using BotoSharp.Protocols.RestXml;
using BotoSharp.Protocols.Typed.Reading;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// The byte reader's answer to S3's 200-with-error check (<see cref="PlainXmlCursor.ReadWholeDocumentWithoutErrorRoot"/>)
/// is given only when the check itself would say "not an error": over hand-written cases and mutations of S3 listings
/// and error documents, a body the reader proves is never one the check turns into a 500.
/// </summary>
public class PlainXmlCursorErrorRootTests
{
    private static readonly string[] s_documents =
    [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>"
            + "<Contents><Key>logs/a.gz</Key><ETag>&quot;9b2c&quot;</ETag><Size>1024</Size></Contents><Contents><Key>x&amp;y caf\u00e9</Key>"
            + "<Owner/></Contents></ListBucketResult>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code><Message>Try again.</Message><RequestId>r</RequestId></Error>",
        "<Error xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Code>C</Code></Error>",
        "<CopyObjectResult><ETag>&quot;e&quot;</ETag><Error/></CopyObjectResult>",
        "<Errors><Error>x</Error></Errors>",
    ];

    [TestCase("<ListBucketResult><Name>b</Name></ListBucketResult>", true)]
    [TestCase("<ListBucketResult><Name>b</Name></ListBucketResult> \n", true)]
    [TestCase("<ListBucketResult/>", true)]
    [TestCase("<Error><Code>C</Code></Error>", false)]
    [TestCase("<Error/>", false)]
    [TestCase("<Error xmlns=\"urn:x\"/>", false)]
    [TestCase("<ErrorX/>", true)]
    public void A_document_read_to_its_end_answers_by_its_root(string document, bool proven)
    {
        var body = Encoding.UTF8.GetBytes(document);
        Assert.That(ReadToEnd(body), Is.EqualTo(proven));
        Assert.That(RestXmlErrors.LooksLikeErrorWithStatus200(200, body), Is.EqualTo(!proven && !document.Contains("xmlns", StringComparison.Ordinal)));
    }

    [Test]
    public void A_document_not_read_to_its_end_proves_nothing()
    {
        var body = Encoding.UTF8.GetBytes("<ListBucketResult><Name>b</Name></ListBucketResult>");
        using var cursor = PlainXmlCursor.Take(body);
        while (cursor.Read() && cursor.Depth < 1)
        {
        }
        Assert.That(cursor.ReadWholeDocumentWithoutErrorRoot, Is.False);
    }

    [Test]
    public void A_mutated_body_the_reader_proves_is_never_an_error_to_the_check()
    {
        var random = new Random(20261207);
        const string Alphabet = "<>/&;\"'=:! ?-x]\t\r\nE\u00e9\0#ltrorF";
        var documents = s_documents.Select(Encoding.UTF8.GetBytes).ToArray();
        var (proven, errors) = (0, 0);
        for (var round = 0; round < 20_000; round++)
        {
            var text = TextMutations.Mutate(random, Encoding.UTF8.GetString(documents[random.Next(documents.Length)]), Alphabet, random.Next(1, 3));
            var body = Encoding.UTF8.GetBytes(text);
            var isError = RestXmlErrors.LooksLikeErrorWithStatus200(200, body);
            errors += isError ? 1 : 0;
            if (!ReadToEnd(body))
            {
                continue;
            }
            proven++;
            Assert.That(isError, Is.False, text);
        }
        Assert.That(proven, Is.GreaterThan(1_000), "the mutations must reach bodies the reader proves");
        Assert.That(errors, Is.GreaterThan(2_000), "the mutations must reach bodies the check turns into a 500");
    }

    // Reads the whole body with the byte reader; false when it leaves the body to XmlReader.
    private static bool ReadToEnd(byte[] body)
    {
        using var cursor = PlainXmlCursor.Take(body);
        try
        {
            while (cursor.Read())
            {
            }
        }
        catch (OutsidePlainXml)
        {
            return false;
        }
        return cursor.ReadWholeDocumentWithoutErrorRoot;
    }
}
