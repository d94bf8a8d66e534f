using System.Xml.Linq;
using BotoSharp.Generator.Model;
using BotoSharp.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Tests;

/// <summary>sdk-extras merging and documentation conversion.</summary>
public class ModelDetailsTests
{
    [Test]
    public void ServiceSdkExtrasMergeMembersIntoShapesAsBotocoreDoes()
    {
        const string extras = "{\"version\": 1.0, \"merge\": {\"shapes\": {\"DoItInput\": {\"members\": {\"SourceRegion\": {\"shape\": \"Str\"}}}}, \"metadata\": {\"serviceId\": \"Merged\"}}}";
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/m/mini/2020-01-01/service-2.json", TestModels.Minimal()),
            new InMemoryAdditionalText("/m/mini/2020-01-01/service-2.sdk-extras.json", extras),
        });
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.Sources["mini.DoItInput.g.cs"], Does.Contain("public string? SourceRegion { get; set; }").And.Contain("public string? Name { get; set; }"));
        Assert.That(run.Sources.Keys, Has.Member("mini.MergedClient.g.cs"));
        Assert.That(run.Sources["mini.MergedModelRegistration.g.cs"], Does.Contain("SourceRegion"));
    }

    [Test]
    public void PaginatorSdkExtrasAreMergedIntoTheEmbeddedPaginators()
    {
        const string extras = "{\"version\": 1.0, \"merge\": {\"pagination\": {\"DoIt\": {\"non_aggregate_keys\": [\"Count\"]}}}}";
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/m/mini/2020-01-01/service-2.json", TestModels.Minimal()),
            new InMemoryAdditionalText("/m/mini/2020-01-01/paginators-1.json", "{\"pagination\": {\"DoIt\": {\"result_key\": \"Items\"}}}"),
            new InMemoryAdditionalText("/m/mini/2020-01-01/paginators-1.sdk-extras.json", extras),
        });
        Assert.That(run.Sources["mini.MiniModelRegistration.g.cs"],
            Does.Contain("{\\\"pagination\\\":{\\\"DoIt\\\":{\\\"result_key\\\":\\\"Items\\\",\\\"non_aggregate_keys\\\":[\\\"Count\\\"]}}}"));
    }

    [Test]
    public void AMergedOrRepeatedKeyKeepsItsFirstPlaceAsAPythonDictDoes()
    {
        // botocore's merge_dicts assigns into the loaded dict, and json.load keeps a repeated key's first place: the
        // embedded model must list metadata keys as botocore's model does (secretsmanager's extras set serviceId).
        const string extras = "{\"version\": 1.0, \"merge\": {\"metadata\": {\"serviceId\": \"Merged\"}}}";
        var model = TestModels.Minimal().Replace("\"endpointPrefix\": \"mini\"}", "\"endpointPrefix\": \"mini\", \"apiVersion\": \"2020-01-01\"}");
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            new InMemoryAdditionalText("/m/mini/2020-01-01/service-2.json", model),
            new InMemoryAdditionalText("/m/mini/2020-01-01/service-2.sdk-extras.json", extras),
        });
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.Sources["mini.MergedModelRegistration.g.cs"], Does.Contain(
            "{\\\"apiVersion\\\":\\\"2020-01-01\\\",\\\"protocol\\\":\\\"json\\\",\\\"serviceId\\\":\\\"Merged\\\",\\\"endpointPrefix\\\":\\\"mini\\\"}"));
    }

    private static IEnumerable<TestCaseData> Html() => new[]
    {
        new TestCaseData("<p>Unclosed <code>code and <a href=\"x\">link", "Unclosed <c>code and <see href=\"x\">link</see></c>").SetName("Unclosed tags are closed in order"),
        new TestCaseData("<p>a &lt; b &amp;&amp; c &gt; d</p>", "a &lt; b &amp;&amp; c &gt; d").SetName("Entities are decoded then re-escaped once"),
        new TestCaseData("<p>x</code> y</p>", "x y").SetName("A stray closing tag is dropped"),
        new TestCaseData("<a href='https://e.com/?a=1&amp;b=\"2\"'>e</a>", "<see href=\"https://e.com/?a=1&amp;b=&quot;2&quot;\">e</see>").SetName("Link addresses are escaped as attributes"),
        new TestCaseData("<b>bold</b> <i>it</i> <unknown attr=1>t</unknown>", "bold it t").SetName("Unknown tags keep only their text"),
    };

    [TestCaseSource(nameof(Html))]
    public void DocumentationHtmlBecomesWellFormedXml(string html, string expected)
    {
        var lines = Documentation.ToLines(html, "fallback");
        var text = string.Join(" ", lines);
        Assert.That(text, Is.EqualTo(expected));
        Assert.DoesNotThrow(() => XElement.Parse("<summary>" + text + "</summary>"));
    }
}
