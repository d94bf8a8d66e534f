namespace BotoSharp.Tests.Differential;

/// <summary>
/// For the same operation, parameters, clock and credentials, BotoSharp puts on the wire what botocore 1.43.11 does:
/// method, URL, every signed header and its value, the signature, and the body by meaning.
/// </summary>
[TestFixture]
[Category("Differential")]
public sealed class RequestDifferentialTests
{
    private static IEnumerable<TestCaseData> Scenarios() =>
        RequestScenarios.All().Select(s => new TestCaseData(s).SetName($"The {s.Name} request matches botocore's"));

    [TestCaseSource(nameof(Scenarios))]
    public async Task Request_matches_botocore(RequestScenario scenario)
    {
        var expected = BotocoreOracle.RequestFor(scenario);
        var actual = await BotoSharpCapture.RequestForAsync(scenario);

        Assert.Multiple(() =>
        {
            Assert.That(actual.Method, Is.EqualTo(expected.Method), "method");
            Assert.That(actual.Url, Is.EqualTo(expected.Url), "URL");
            Assert.That(actual.SignedHeaders, Is.EqualTo(expected.SignedHeaders), "signed header names");
            foreach (var name in expected.SignedHeaders.Where(n => n != "host"))
            {
                Assert.That(actual.Headers.GetValueOrDefault(name), Is.EqualTo(expected.Headers.GetValueOrDefault(name)), $"signed header {name}");
            }
            Assert.That(actual.Headers.GetValueOrDefault("authorization"), Is.EqualTo(expected.Headers.GetValueOrDefault("authorization")), "Authorization (the signature)");
            Assert.That(BodyMeaning.Of(actual.Body, actual.Headers.GetValueOrDefault("content-type")),
                Is.EqualTo(BodyMeaning.Of(expected.Body, expected.Headers.GetValueOrDefault("content-type"))), "body by meaning");
        });
    }
}
