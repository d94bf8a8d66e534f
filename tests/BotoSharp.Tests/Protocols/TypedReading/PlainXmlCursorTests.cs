using System.Text;
using System.Xml;
using BotoSharp.Protocols.Typed.Reading;
using BotoSharp.Protocols.Xml;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// The byte reader behind the typed XML read gives exactly the nodes, names, attributes and characters
/// <see cref="XmlReader"/> gives for every document it reads to the end, and leaves every other document to the
/// reader: checked over botocore's real-service XML responses, hand-written edge cases, and mutations of both.
/// </summary>
public class PlainXmlCursorTests
{
    private static readonly string[] s_documents =
    [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>"
            + "<Contents><Key>logs/a.gz</Key><ETag>&quot;9b2c&quot;</ETag><Size>1024</Size></Contents><Contents><Key>x&amp;y caf\u00e9 \U0001F600</Key>"
            + "<Owner/></Contents></ListBucketResult>",
        "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n  <requestId>r-1</requestId>\n  <reservationSet>\n"
            + "    <item><instancesSet><item><instanceId>i-1</instanceId><tagSet><item><key>a &lt; b</key><value>&#65;&#x42;&#x1F600;</value></item>"
            + "</tagSet></item></instancesSet></item>\n  </reservationSet>\n</DescribeInstancesResponse>\n",
        "<Tagging a='1' b=\"x'y\"><TagSet><Tag><Key>a &lt; b</Key><Value>c &gt; d &apos;e&apos; ] ]> ;&amp;;</Value></Tag></TagSet>text<x/>tail</Tagging>  ",
        "<a><b>\t x \n</b><c></c><d/><e>1<f>2</f>3</e></a>",
    ];

    [Test]
    public void PlainDocumentsAreReadToTheEnd()
    {
        foreach (var document in s_documents)
        {
            var body = Encoding.UTF8.GetBytes(document);
            Assert.That(PlainNodes(body), Is.EqualTo(ReaderNodes(body)), document);
        }
    }

    [TestCase("<a><!-- a comment --></a>")]
    [TestCase("<a><![CDATA[x]]></a>")]
    [TestCase("<a><?pi x?></a>")]
    [TestCase("<a>x\r\ny</a>")]
    [TestCase("<a b=\"x\ty\"/>")]
    [TestCase("<a>&#13;</a>")]
    [TestCase("<a>&#0;</a>")]
    [TestCase("<a>&#xD800;</a>")]
    [TestCase("<a>&#X41;</a>")]
    [TestCase("<a>&nbsp;</a>")]
    [TestCase("<a>]]></a>")]
    [TestCase("<a b=\"1\" b=\"2\"/>")]
    [TestCase("<p:a xmlns:p=\"urn:x\"/>")]
    [TestCase("<a xmlns=\"http://www.w3.org/2000/xmlns/\"/>")]
    [TestCase("<a>\uFFFE</a>")]
    [TestCase("\uFEFF<a/>")]
    [TestCase(" <?xml version=\"1.0\"?><a/>")]
    [TestCase("<!DOCTYPE a><a/>")]
    [TestCase("<a/><!-- after -->")]
    [TestCase("<a/>text")]
    [TestCase("<a></b>")]
    [TestCase("<a>")]
    [TestCase("<a>\u0001</a>")]
    [TestCase("<\u00e9/>")]
    public void DocumentsOutsideTheSubsetAreLeftToTheReader(string document) =>
        Assert.That(() => PlainNodes(Encoding.UTF8.GetBytes(document)), Throws.TypeOf<OutsidePlainXml>());

    [Test]
    public void InvalidUtf8IsLeftToTheReader()
    {
        Assert.That(() => PlainNodes([(byte)'<', (byte)'a', (byte)'>', 0xC3, (byte)'<', (byte)'/', (byte)'a', (byte)'>']), Throws.TypeOf<OutsidePlainXml>());
        Assert.That(() => PlainNodes([(byte)'<', (byte)'a', (byte)' ', (byte)'b', (byte)'=', (byte)'"', 0xFF, (byte)'"', (byte)'/', (byte)'>']), Throws.TypeOf<OutsidePlainXml>());
    }

    [Test]
    public void RealResponsesAreReadAsTheReaderReadsThem()
    {
        var read = 0;
        foreach (var body in RealResponses())
        {
            var plain = TryPlainNodes(body);
            if (plain is not null)
            {
                read++;
                Assert.That(plain, Is.EqualTo(ReaderNodes(body)));
            }
        }
        Assert.That(read, Is.GreaterThan(RealResponses().Count() / 2), "most real responses are inside the subset");
    }

    [Test]
    public void MutatedDocumentsAreReadAsTheReaderReadsThemOrLeftToIt()
    {
        var random = new Random(20261207);
        const string Alphabet = "<>/&;\"'=:! ?-x]\t\r\nE\u00e9\0#lt1aF\uFFFF";
        var documents = s_documents.Select(Encoding.UTF8.GetBytes).Concat(RealResponses().Take(40)).ToArray();
        var read = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var text = TextMutations.Mutate(random, Encoding.UTF8.GetString(documents[random.Next(documents.Length)]), Alphabet, random.Next(1, 4));
            var body = Encoding.UTF8.GetBytes(text);
            if (random.Next(20) == 0)
            {
                body[random.Next(body.Length)] = (byte)random.Next(0x80, 0x100);
            }
            if (TryPlainNodes(body) is not { } plain)
            {
                continue;
            }
            read++;
            List<string> reader;
            try
            {
                reader = ReaderNodes(body);
            }
            catch (XmlException e)
            {
                Assert.Fail($"the byte reader read a document the reader rejects ({e.Message}): {Encoding.UTF8.GetString(body)}");
                return;
            }
            Assert.That(plain, Is.EqualTo(reader), Encoding.UTF8.GetString(body));
        }
        Assert.That(read, Is.GreaterThan(2_000), "the mutations must reach documents the byte reader reads");
    }

    private static IEnumerable<byte[]> RealResponses() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Conformance, "response-parsing", "xml", "responses"), "*.xml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllBytes);

    private static List<string>? TryPlainNodes(byte[] body)
    {
        try
        {
            return PlainNodes(body);
        }
        catch (OutsidePlainXml)
        {
            return null;
        }
    }

    // Elements (name, depth, empty, attributes), end tags and merged character data, as the byte reader gives them.
    private static List<string> PlainNodes(byte[] body)
    {
        var nodes = new List<string>();
        using var cursor = PlainXmlCursor.Take(body);
        var text = new StringBuilder();
        while (cursor.Read())
        {
            if (cursor.NodeType == XmlNodeType.Text)
            {
                text.Append(cursor.TextValue());
                continue;
            }
            Flush(nodes, text);
            var attributes = new StringBuilder();
            for (var i = 0; i < cursor.AttributeCount; i++)
            {
                cursor.Attribute(i, out var ns, out var local, out var value);
                attributes.Append($" {{{ns}}}{local}={value}");
            }
            nodes.Add(cursor.NodeType == XmlNodeType.Element
                ? $"<{cursor.LocalName} {cursor.Depth} {cursor.IsEmptyElement}{attributes}>"
                : $"</{cursor.LocalName} {cursor.Depth}>");
        }
        Flush(nodes, text);
        return nodes;
    }

    // The same from XmlReader over the body as the dictionary path decodes it (whitespace around the root left out).
    private static List<string> ReaderNodes(byte[] body)
    {
        var nodes = new List<string>();
        using var reader = XmlReaders.Create(new Utf8BodyReader(body));
        var text = new StringBuilder();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (reader.Depth > 0)
                    {
                        text.Append(reader.Value);
                    }
                    break;
                case XmlNodeType.Element:
                    Flush(nodes, text);
                    var name = reader.LocalName;
                    var depth = reader.Depth;
                    var empty = reader.IsEmptyElement;
                    var attributes = new StringBuilder();
                    while (reader.MoveToNextAttribute())
                    {
                        attributes.Append($" {{{reader.NamespaceURI}}}{reader.LocalName}={reader.Value}");
                    }
                    reader.MoveToElement();
                    nodes.Add($"<{name} {depth} {empty}{attributes}>");
                    break;
                case XmlNodeType.EndElement:
                    Flush(nodes, text);
                    nodes.Add($"</{reader.LocalName} {reader.Depth}>");
                    break;
            }
        }
        Flush(nodes, text);
        return nodes;
    }

    private static void Flush(List<string> nodes, StringBuilder text)
    {
        if (text.Length > 0)
        {
            nodes.Add($"text: {text}");
            text.Clear();
        }
    }
}
