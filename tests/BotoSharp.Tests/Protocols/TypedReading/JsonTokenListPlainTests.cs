using System.Text;
using System.Text.Json;
using BotoSharp.Protocols.Typed.Reading;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// <see cref="JsonTokenList"/>'s plain tokenizer (no <see cref="Utf8JsonReader"/>) must give the reader's tokens for
/// every body it takes, and take no body the reader rejects: it only skips the reader for bodies the reader accepts.
/// Checked on chosen bodies, on every byte cut and change of them, and on random bodies from a JSON-ish alphabet.
/// </summary>
public sealed class JsonTokenListPlainTests
{
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 512 };

    private static readonly string[] s_bodies =
    {
        """{"Item":{"a":{"S":"x"},"b":{"L":[{"N":"1"},{"M":{"c":{"BOOL":true}}}]},"n":{"NULL":true}},"ConsumedCapacity":{"TableName":"t","CapacityUnits":1}}""",
        " { \"a\" : [ 1 , -2.5e+3 , 0 , 0.25 , 1E9 , -0 , true , false , null , \"\" , [ ] , { } ] }\r\n\t",
        """{"Messages":[{"MessageId":"m","Body":"café ☕ 😀","Attributes":{"SentTimestamp":"1"}}]}""",
        "[]", "{}", "1", "\"x\"", "null", "[[[[[[[[]]]]]]]]", "{\"a\":{\"b\":{\"c\":{}}}}",
        """{"a":"b\"c"}""", """{"a\u0041":1}""", """{"a":1,}""", """[1,]""", """{"a" 1}""", """{"a":01}""", """{"a":1.}""",
        """{"a":.5}""", """{"a":+1}""", """{"a":1e}""", """{"a":-}""", """{"a":tru}""", """{"a":truex}""", """{"a":1}x""",
        """{"a":1} {}""", "", " ", "{", "}", "[", "{\"a\":\"\u0001\"}", "{\"a\":1}/*c*/", "\uFEFF{}", """{'a':1}""", """{a:1}""",
    };

    [Test]
    public void ChosenBodiesTokenizeAsTheReaderDoes()
    {
        foreach (var body in s_bodies)
        {
            Check(Encoding.UTF8.GetBytes(body));
        }
        // Invalid UTF-8 inside a string, a lone surrogate's bytes, and a body deeper than the plain limit.
        Check([(byte)'"', 0xC3, (byte)'"']);
        Check([(byte)'[', (byte)'"', 0xED, 0xA0, 0x80, (byte)'"', (byte)']']);
        Check([(byte)'"', 0xFF, (byte)'"']);
        Check(Encoding.UTF8.GetBytes(new string('[', 100) + new string(']', 100)));
        Check(Encoding.UTF8.GetBytes(new string('[', 600) + new string(']', 600)));
    }

    [Test]
    public void EveryCutAndByteChangeOfTheChosenBodiesTokenizesAsTheReaderDoes()
    {
        var swaps = "{}[]\":,.-+eE01 \\tnfa\u0001"u8.ToArray();
        foreach (var text in s_bodies.Take(3))
        {
            var body = Encoding.UTF8.GetBytes(text);
            for (var cut = 0; cut <= body.Length; cut++)
            {
                Check(body[..cut]);
            }
            for (var i = 0; i < body.Length; i++)
            {
                foreach (var swap in swaps)
                {
                    var changed = (byte[])body.Clone();
                    changed[i] = swap;
                    Check(changed);
                }
            }
        }
    }

    [Test]
    public void RandomBodiesTokenizeAsTheReaderDoes()
    {
        var alphabet = "{}[]\"\":,,::.-+eE0123456789 \n\ttruefalsenullab\\"u8.ToArray();
        var random = new Random(20261207);
        for (var n = 0; n < 200_000; n++)
        {
            var body = new byte[random.Next(1, 16)];
            for (var i = 0; i < body.Length; i++)
            {
                body[i] = alphabet[random.Next(alphabet.Length)];
            }
            Check(body);
        }
    }

    [Test]
    public void TheChosenPlainBodiesTakeThePlainPath()
    {
        var list = new JsonTokenList();
        Assert.That(list.TryFillPlain(Encoding.UTF8.GetBytes(s_bodies[0]), s_options), Is.True);
        Assert.That(list.TryFillPlain(Encoding.UTF8.GetBytes(s_bodies[1]), s_options), Is.True);
        Assert.That(list.TryFillPlain(Encoding.UTF8.GetBytes(s_bodies[2]), s_options), Is.True);
    }

    // The plain tokenizer either declines or gives exactly the reader's tokens, and only for a body the reader takes.
    private static void Check(byte[] body)
    {
        var reader = new JsonTokenList();
        JsonException? readerError = null;
        try
        {
            reader.FillWithReader(body, s_options);
        }
        catch (JsonException e)
        {
            readerError = e;
        }
        var plain = new JsonTokenList();
        if (!plain.TryFillPlain(body, s_options))
        {
            return;
        }
        var shown = Encoding.UTF8.GetString(body);
        Assert.That(readerError, Is.Null, () => $"the plain tokenizer took a body the reader rejects: {shown}");
        Assert.That(plain.Count, Is.EqualTo(reader.Count), () => $"token count of {shown}");
        for (var i = 0; i < reader.Count; i++)
        {
            var (a, b) = (plain[i], reader[i]);
            Assert.That((a.Type, a.Start, a.Length, a.Escaped, a.Next), Is.EqualTo((b.Type, b.Start, b.Length, b.Escaped, b.Next)),
                () => $"token {i} of {shown}");
        }
    }
}
