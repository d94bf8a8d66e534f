using BotoSharp.Protocols.Query;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>The query form body is encoded with <c>quote_plus</c>, unlike URL query strings.</summary>
public class FormEncodingTests
{
    [Test]
    public void ASpaceIsEncodedAsPlusAndReservedCharactersArePercentEncoded()
    {
        var body = FormEncoding.Encode(new[]
        {
            new KeyValuePair<string, string>("a b", "x y~!*()/'é"),
            new KeyValuePair<string, string>("Empty", string.Empty),
        });
        // The same pairs through Python's urlencode(doseq=True) give exactly this.
        Assert.That(body, Is.EqualTo("a+b=x+y~%21%2A%28%29%2F%27%C3%A9&Empty="));
    }

    [Test]
    public void UnreservedCharactersAreKeptAsIs() =>
        Assert.That(FormEncoding.QuotePlus("AZaz09_.-~"), Is.EqualTo("AZaz09_.-~"));
}
