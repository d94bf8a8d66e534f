using System.Text.RegularExpressions;
using BotoSharp.Endpoints.Rules;

namespace BotoSharp.Tests.Endpoints;

/// <summary>The hand-written getAttr index search answers as botocore's <c>re.search(r"(\w*)\[(\d+)\]", part)</c>.</summary>
public class GetAttrPathTests
{
    private static readonly Regex s_botocorePattern = new(@"(\w*)\[(\d+)\]", RegexOptions.CultureInvariant);

    [TestCase("resourceId[1]")]
    [TestCase("a")]
    [TestCase("[0]")]
    [TestCase("a[]")]
    [TestCase("a[x]b[12]")]
    [TestCase("a[1]b[2]")]
    [TestCase("a-b[3]")]
    [TestCase("a_b9[007]")]
    [TestCase("a[1")]
    [TestCase("a1]")]
    [TestCase("[[2]]")]
    [TestCase("x[99999999999999]")]
    [TestCase("é[4]")]
    [TestCase("a [5]")]
    [TestCase("")]
    public void IndexSearchMatchesThePattern(string part)
    {
        var match = s_botocorePattern.Match(part);
        var found = GetAttrPath.TryIndexed(part, out var name, out var index);
        Assert.That(found, Is.EqualTo(match.Success));
        if (match.Success)
        {
            Assert.That(name, Is.EqualTo(match.Groups[1].Value));
            Assert.That(index, Is.EqualTo(int.TryParse(match.Groups[2].Value, out var expected) ? expected : int.MaxValue));
        }
    }

    [Test]
    public void WalkStopsAtTheFirstIndexedSegment()
    {
        var value = new Dictionary<string, object?>
        {
            ["a"] = new Dictionary<string, object?> { ["list"] = new List<object?> { "x", "y" } },
        };
        Assert.That(GetAttrPath.Parse("a.list[1]").Apply(value), Is.EqualTo("y"));
        Assert.That(GetAttrPath.Parse("a.list[1].ignored").Apply(value), Is.EqualTo("y"));
        Assert.That(GetAttrPath.Parse("a.list[2]").Apply(value), Is.Null);
        Assert.That(GetAttrPath.Parse("a.missing").Apply(value), Is.Null);
    }
}
