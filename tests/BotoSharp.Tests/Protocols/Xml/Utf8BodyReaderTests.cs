using System.Text;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>The XML readers' body text: exactly the characters of decoding the whole body at once.</summary>
public class Utf8BodyReaderTests
{
    private static readonly UTF8Encoding s_lenient = new(false, false);

    private static IEnumerable<byte[]> Bodies()
    {
        yield return [];
        yield return "<a>plain</a>"u8.ToArray();
        yield return Encoding.UTF8.GetBytes("<a>é 中 😀 \uFEFF</a>");
        yield return [0xEF, 0xBB, 0xBF, (byte)'<', (byte)'a', (byte)'/', (byte)'>'];
        // Invalid bytes, a lone continuation byte, an overlong form, and sequences cut off by the body's end.
        yield return [(byte)'<', 0xFF, (byte)'>', 0x80, 0xC0, 0xAF];
        yield return [(byte)'x', 0xE2, 0x82];
        yield return [0xF0, 0x9F, 0x98];
        yield return [0xE2];
        var random = new Random(20261206);
        for (var i = 0; i < 200; i++)
        {
            var body = new byte[random.Next(1, 9000)];
            random.NextBytes(body);
            yield return body;
        }
    }

    [Test]
    public void EveryBodyReadsAsTheWholeBodyDecodedAtOnceWhateverTheBufferSize()
    {
        foreach (var body in Bodies())
        {
            var expected = s_lenient.GetString(body);
            foreach (var size in new[] { 2, 3, 7, 4097 })
            {
                Assert.That(ReadAll(body, size), Is.EqualTo(expected), $"{body.Length} bytes, buffer {size}");
            }
        }
    }

    [Test]
    public void TheEndIsReportedOnceAndStaysReported()
    {
        using var reader = new Utf8BodyReader("ab"u8.ToArray());
        var buffer = new char[8];
        Assert.Multiple(() =>
        {
            Assert.That(reader.Read(buffer, 0, 8), Is.EqualTo(2));
            Assert.That(reader.Read(buffer, 0, 8), Is.Zero);
            Assert.That(reader.Read(buffer, 0, 8), Is.Zero);
        });
    }

    private static string ReadAll(byte[] body, int size)
    {
        using var reader = new Utf8BodyReader(body);
        var text = new StringBuilder();
        var buffer = new char[size];
        int read;
        while ((read = reader.Read(buffer, 0, size)) > 0)
        {
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }
}
