using System.Text.Json;
using System.Text.RegularExpressions;
using BotoSharp.Endpoints.Rules;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Endpoints;

/// <summary>The hand-written template test answers as botocore's <c>\{[a-zA-Z#]+\}</c> search does.</summary>
public class RuleSetTemplateTests
{
    private static readonly Regex s_botocorePattern = new(@"\{[a-zA-Z#]+\}", RegexOptions.CultureInvariant);

    [TestCase("https://{Region}.amazonaws.com")]
    [TestCase("{PartitionResult#dnsSuffix}")]
    [TestCase("{}")]
    [TestCase("{1}")]
    [TestCase("{a")]
    [TestCase("a}")]
    [TestCase("{{a}")]
    [TestCase("{a{b}")]
    [TestCase("{a-b}")]
    [TestCase("{a}{")]
    [TestCase("}{a}")]
    [TestCase("{ab#")]
    [TestCase("{é}")]
    [TestCase("")]
    [TestCase("plain")]
    public void EdgeCasesMatchThePattern(string text) =>
        Assert.That(RuleSetParser.HasTemplate(text), Is.EqualTo(s_botocorePattern.IsMatch(text)));

    [Test]
    public void EveryStringOfEveryShippedRuleSetMatchesThePattern()
    {
        var strings = 0;
        var templates = 0;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Models, "endpoint-rule-set-1.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var text in Strings(document.RootElement))
            {
                strings++;
                var expected = s_botocorePattern.IsMatch(text);
                templates += expected ? 1 : 0;
                Assert.That(RuleSetParser.HasTemplate(text), Is.EqualTo(expected), $"{file}: {text}");
            }
        }
        Assert.That(strings, Is.GreaterThan(5_000));
        Assert.That(templates, Is.GreaterThan(500));
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var text in Strings(item))
                    {
                        yield return text;
                    }
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var text in Strings(property.Value))
                    {
                        yield return text;
                    }
                }
                break;
        }
    }
}
