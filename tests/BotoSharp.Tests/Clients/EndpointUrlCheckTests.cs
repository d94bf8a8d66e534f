using System.Text.RegularExpressions;
using BotoSharp.Clients;

namespace BotoSharp.Tests.Clients;

/// <summary>The hand-written host check answers as botocore's <c>is_valid_endpoint_url</c> pattern for ASCII hosts.</summary>
public class EndpointUrlCheckTests
{
    private static readonly Regex s_botocorePattern =
        new(@"^((?!-)[A-Z\d-]{1,63}(?<!-)\.)*((?!-)[A-Z\d-]{1,63}(?<!-))\z", RegexOptions.IgnoreCase);

    [Test]
    public void EveryShortAsciiHostMatchesThePattern()
    {
        // Every string of up to four characters over the pattern's edge characters, and long labels around 63.
        const string alphabet = "aZ9-._ ";
        var hosts = new List<string> { "", new string('a', 63), new string('a', 64), new string('a', 63) + ".b", "a." + new string('b', 64) };
        void Add(string prefix, int depth)
        {
            hosts.Add(prefix);
            if (depth == 0)
            {
                return;
            }
            foreach (var c in alphabet)
            {
                Add(prefix + c, depth - 1);
            }
        }
        Add("", 4);
        var differing = hosts.Where(h => EndpointUrlCheck.IsAsciiHostName(h) != s_botocorePattern.IsMatch(h)).ToList();
        Assert.That(differing, Is.Empty);
        Assert.That(hosts.Count(EndpointUrlCheck.IsAsciiHostName), Is.GreaterThan(100));
    }
}
