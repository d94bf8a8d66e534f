using System.Text;
using BotoSharp.Clients;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Typed.Reading;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.S3;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// A value one XML document repeats is one string in the typed result (the table of <see cref="DocumentStrings"/>),
/// every value is still the characters read, and nothing is shared across documents.
/// </summary>
public class DocumentStringsTests
{
    [Test]
    public void ARepeatedShortValueIsOneInstanceAndEveryValueIsItsCharacters()
    {
        var strings = new DocumentStrings();
        var first = strings.Get("subnet-0123456789abcdef0".AsSpan());
        var again = strings.Get("subnet-0123456789abcdef0".ToCharArray());
        Assert.That(again, Is.SameAs(first));
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            // Many distinct values through 256 slots: collisions replace, and never hand back another value.
            var text = new string('v', random.Next(0, 3)) + random.Next(0, 700).ToString(System.Globalization.CultureInfo.InvariantCulture) + new string('x', random.Next(0, 60));
            Assert.That(strings.Get(text.AsSpan()), Is.EqualTo(text));
        }
    }

    [Test]
    public void ALongValueIsANewStringEachTime()
    {
        var strings = new DocumentStrings();
        var arn = "arn:aws:iam::123456789012:instance-profile/a-profile-name-long-enough";
        Assert.That(strings.Get(arn.AsSpan()), Is.EqualTo(arn).And.Not.SameAs(strings.Get(arn.AsSpan())));
    }

    [Test]
    public void ClearForgetsTheDocumentsValues()
    {
        var strings = new DocumentStrings();
        var first = strings.Get("us-east-1a".AsSpan());
        strings.Clear();
        Assert.That(strings.Get("us-east-1a".AsSpan()), Is.EqualTo(first).And.Not.SameAs(first));
    }

    [Test]
    public void ATypedResultSharesItsDocumentsRepeatsAndNotAnotherDocuments()
    {
        var body = Encoding.UTF8.GetBytes("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>"
            + "<Contents><Key>a.log</Key><ETag>&quot;9b2c&quot;</ETag></Contents>"
            + "<Contents><Key>b.log</Key><ETag>&quot;9b2c&quot;</ETag></Contents></ListBucketResult>");
        var one = Read<ListObjectsV2Output>("s3", "ListObjectsV2", body);
        var two = Read<ListObjectsV2Output>("s3", "ListObjectsV2", body);
        Assert.That(one.Contents!.Select(o => o.ETag), Is.EqualTo(new[] { "\"9b2c\"", "\"9b2c\"" }));
        Assert.That(one.Contents![1].ETag, Is.SameAs(one.Contents[0].ETag));
        Assert.That(two.Contents![0].ETag, Is.EqualTo(one.Contents[0].ETag).And.Not.SameAs(one.Contents[0].ETag));
    }

    [Test]
    public void AJsonPageSharesItsRepeatedKeysAndValuesAndReadsEscapedAndWideOnesAsTheyAre()
    {
        var body = Encoding.UTF8.GetBytes("{\"Count\":3,\"Items\":["
            + "{\"status\":{\"S\":\"active\"},\"name\":{\"S\":\"Ada\"}},"
            + "{\"status\":{\"S\":\"active\"},\"name\":{\"S\":\"Zo\u00eb\"}},"
            + "{\"st\\u0061tus\":{\"S\":\"café 中\"},\"name\":{\"S\":\"café 中\"}}]}");
        var one = Read<QueryOutput>("dynamodb", "Query", body);
        var two = Read<QueryOutput>("dynamodb", "Query", body);
        var items = one.Items!;
        Assert.That(items.Select(i => string.Join(",", i.Select(p => p.Key + "=" + p.Value.S))),
            Is.EqualTo(new[] { "status=active,name=Ada", "status=active,name=Zoë", "status=café 中,name=café 中" }));
        Assert.That(items[1].Keys.First(), Is.SameAs(items[0].Keys.First()));
        Assert.That(items[1]["status"].S, Is.SameAs(items[0]["status"].S));
        // Escaped and non-ASCII strings are read as before (each its own string), with the same characters.
        Assert.That(items[2]["name"].S, Is.EqualTo(items[2]["status"].S));
        Assert.That(two.Items![0]["status"].S, Is.EqualTo("active").And.Not.SameAs(items[0]["status"].S));
        var invalid = Encoding.UTF8.GetBytes("{\"Items\":[{\"a\":{\"S\":\"x\"}}]}");
        invalid[invalid.Length - 6] = 0xFF;
        Assert.That(() => Read<QueryOutput>("dynamodb", "Query", invalid), Throws.Exception.Matches<Exception>(TypedOutputReading.IsFallback));
    }

    // The typed read of one 200 response, as the call path reads it (the thread's reader and cursor).
    private static T Read<T>(string service, string operationName, byte[] body)
        where T : IResponseShape<T>
    {
        var (_, operation, protocol) = TypedReadProbe.CompiledOperation(service, operationName);
        return (T)TypedOutputReading.Read(new ProtocolResponse(200, new HeaderCollection(), body), operation.OutputShape!, protocol,
            new ResponseMetadata { HttpStatusCode = 200 }, rewrite: null, static reader => T.ReadFrom(reader)!);
    }
}
