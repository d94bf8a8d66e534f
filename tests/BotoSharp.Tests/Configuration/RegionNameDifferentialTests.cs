using BotoSharp.Configuration;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Configuration;

/// <summary>The hand-written region check answers as botocore's <c>validate_region_name</c> pattern does.</summary>
public class RegionNameDifferentialTests
{
    [Test]
    public void RegionCheckMatchesBotocore()
    {
        var inputs = new List<string>
        {
            "us-east-1", "", "\n", "us-east-1\n", "us-east-1\n\n", "\nus-east-1", "123", "123\n", "12a", "-us", "us-",
            "us-\n", "-", "a", "A-Z-0", "us_east_1", "us east", "us.east", "eu-west-1 ", "üs-east-1", "us-east-1\r",
            new string('a', 63), new string('a', 64), new string('a', 63) + "\n", new string('1', 63), "1-2", "0",
        };
        // Every one- and two-character string over a small alphabet with the pattern's edge characters.
        const string alphabet = "a9-_.\n ";
        foreach (var first in alphabet)
        {
            inputs.Add(first.ToString());
            foreach (var second in alphabet)
            {
                inputs.Add(new string([first, second]));
            }
        }
        const string script =
            "from botocore.utils import validate_region_name\n" +
            "from botocore.exceptions import InvalidRegionError\n" +
            "out = []\n" +
            "for s in INPUT:\n" +
            "    try:\n" +
            "        validate_region_name(s)\n" +
            "        out.append(True)\n" +
            "    except InvalidRegionError:\n" +
            "        out.append(False)\n" +
            "emit(out)\n";
        var theirs = Botocore.Run(script, inputs)!.AsArray().Select(n => (bool)n!).ToList();
        var ours = inputs.Select(RegionNames.IsValid).ToList();
        var differing = inputs.Where((s, i) => ours[i] != theirs[i]).Select(s => $"'{s.ReplaceLineEndings("\\n")}'");
        Assert.That(differing, Is.Empty);
        Assert.That(theirs, Does.Contain(true).And.Contain(false));
    }
}
