using System.Text;
using BotoSharp.Errors;
using BotoSharp.Protocols.Xml;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>
/// The byte scan behind S3's "error with status 200" check decides only what the XML reader would decide the same
/// way: every document it answers for (plain ones and tens of thousands of mutations of them) gets the reader's answer.
/// </summary>
public class PlainXmlScanTests
{
    private static readonly string[] s_documents =
    [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>"
            + "<Contents><Key>logs/a.gz</Key><ETag>&quot;9b2c&quot;</ETag><Size>1024</Size></Contents><Contents><Key>x&amp;y</Key>"
            + "<Owner/></Contents></ListBucketResult>",
        "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\r\n<Error>\r\n  <Code>InternalError</Code>\r\n"
            + "  <Message>We encountered an internal error. Please try again.</Message><RequestId>4B3A</RequestId>\r\n</Error>\r\n",
        "<Error xmlns=\"\"><Code a='1' b=\"2\">SlowDown</Code></Error>",
        "<Error xmlns=\"urn:x\"><Code>SlowDown</Code></Error>",
        "<CopyObjectResult><LastModified>2026-11-26T07:00:00.000Z</LastModified><ETag>\"x\"</ETag></CopyObjectResult>",
        "<Tagging><TagSet><Tag><Key>a &lt; b</Key><Value>c &gt; d &apos;e&apos;</Value></Tag></TagSet></Tagging>  ",
    ];

    [Test]
    public void PlainDocumentsAreDecidedAsTheReaderDecidesThem()
    {
        var expected = new[] { false, true, true, false, false, false };
        for (var i = 0; i < s_documents.Length; i++)
        {
            var body = Encoding.UTF8.GetBytes(s_documents[i]);
            Assert.That(PlainXmlScan.TryRootIsError(body, out var rootIsError), Is.True, s_documents[i]);
            Assert.That(rootIsError, Is.EqualTo(expected[i]), s_documents[i]);
            Assert.That(ReaderSaysError(body), Is.EqualTo(expected[i]), s_documents[i]);
        }
    }

    [TestCase("<Error><Code>x</Code></Error><Error/>")]
    [TestCase("<Error><Code>x</Code>")]
    [TestCase("<Error><Code>x</Cod></Error>")]
    [TestCase("<a:Error xmlns:a=\"urn:x\"/>")]
    [TestCase("<Error><!-- a comment --></Error>")]
    [TestCase("<Error><![CDATA[x]]></Error>")]
    [TestCase("<Error>&#65;</Error>")]
    [TestCase("<Error>&nbsp;</Error>")]
    [TestCase("<Error>]]></Error>")]
    [TestCase("<Error a=\"1\" a=\"2\"/>")]
    [TestCase("<Error>caf\u00e9</Error>")]
    [TestCase("\uFEFF<Error/>")]
    [TestCase(" <?xml version=\"1.0\"?><Error/>")]
    [TestCase("<?xml version=\"1.1\"?><Error/>")]
    [TestCase("<?xml version=\"1.0\" encoding=\"latin1\"?><Error/>")]
    [TestCase("<!DOCTYPE Error><Error/>")]
    [TestCase("text<Error/>")]
    [TestCase("<Error/>text")]
    public void DocumentsOutsideThePlainSubsetAreLeftToTheReader(string document) =>
        Assert.That(PlainXmlScan.TryRootIsError(Encoding.UTF8.GetBytes(document), out _), Is.False);

    [Test]
    public void MutatedDocumentsAreNeverDecidedOtherwiseThanByTheReader()
    {
        var random = new Random(20261206);
        const string Alphabet = "<>/&;\"'=:! ?-x]\t\r\nE\u00e9\0#lt";
        var decided = 0;
        for (var round = 0; round < 30_000; round++)
        {
            var text = TextMutations.Mutate(random, s_documents[random.Next(s_documents.Length)], Alphabet, random.Next(1, 4));
            var body = Encoding.UTF8.GetBytes(text);
            if (!PlainXmlScan.TryRootIsError(body, out var rootIsError))
            {
                continue;
            }
            decided++;
            var reader = ReaderSaysError(body, out var failed);
            Assert.That(failed, Is.False, $"the scan accepted a document the reader rejects: {text}");
            Assert.That(rootIsError, Is.EqualTo(reader), text);
        }
        Assert.That(decided, Is.GreaterThan(3_000), "the mutations must reach the decided branch often");
    }

    private static bool ReaderSaysError(byte[] body) => ReaderSaysError(body, out _);

    // What the check answered before the scan: the reader's root tag, or "error" when the body is not well-formed.
    private static bool ReaderSaysError(byte[] body, out bool failed)
    {
        try
        {
            failed = false;
            return XmlDocumentReader.RootTag(body) == "Error";
        }
        catch (ResponseParserError)
        {
            failed = true;
            return true;
        }
    }
}
