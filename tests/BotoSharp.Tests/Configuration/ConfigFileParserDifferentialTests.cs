using System.Text;
using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Configuration;

/// <summary>
/// The parser gives exactly botocore's <c>raw_config_parse</c> and <c>load_config</c> results (or the same error)
/// for every fixture and for INI corner cases written here.
/// </summary>
public class ConfigFileParserDifferentialTests
{
    private const string Script =
        "import botocore.configloader as c, botocore.exceptions as e\n" +
        "out = []\n" +
        "for path in INPUT:\n" +
        "    try:\n" +
        "        out.append({'raw': c.raw_config_parse(path), 'flat': c.raw_config_parse(path, False), 'loaded': c.load_config(path)})\n" +
        "    except e.BotoCoreError as err:\n" +
        "        out.append({'error': type(err).__name__})\n" +
        "emit(out)\n";

    private static readonly Dictionary<string, string> s_inline = new()
    {
        ["colon delimiter and case"] = "[Mixed Case]\nRegion: us-west-2\nKEY = a = b\n",
        ["inline comment markers are kept"] = "[default]\nregion = us-east-1 ; comment\nx = a # b\n",
        ["indented full-line comments"] = "[default]\n  # comment\n ; other\nregion = r\n",
        ["continuation lines and blank lines"] = "[default]\nk = first\n  second\n\n  third\n\n\nother = v\n",
        ["DEFAULT section is inherited"] = "[DEFAULT]\nshared = 1\nregion = d\n[default]\nregion = r\n[profile p]\nx = y\n",
        ["default and profile default later wins"] = "[default]\na = 1\n[profile default]\nb = 2\n",
        ["profile default then default"] = "[profile default]\nb = 2\n[default]\na = 1\n",
        ["odd profile headers"] = "[profile a b]\nx=1\n[profilex]\nx=2\n[profilefoo bar]\nx=3\n[Profile Cap]\nx=4\n[profile 'single q']\nx=5\n[profile a\\ b]\nx=6\n[profile \"\"]\nx=7\n",
        ["nested keys keep case and split on first equals"] = "[default]\ns3 =\n  Addressing_Style = path\n  url = https://x/?a=b\n\n  other=v\n",
        ["nested value after blank first line"] = "[default]\ns3 =\n\n  a = b\n",
        ["empty value"] = "[default]\nempty =\nregion=\n",
        ["duplicate section"] = "[default]\na=1\n[default]\nb=2\n",
        ["duplicate key"] = "[default]\na=1\nA=2\n",
        ["line without delimiter"] = "[default]\njunk\n",
        ["crlf and cr line endings"] = "[default]\r\na = 1\r\nb = 2\rc = 3\r\n",
        ["section header with trailing text"] = "[default] trailing\na = 1\n[x]y]\nb = 2\n",
        ["sso-session and services names"] = "[sso-session s]\nsso_region = r\n[services svc]\ns3 =\n  endpoint_url = http://h\n[sso-session]\nx=1\n",
        ["bom at start"] = "\ufeff[default]\na = 1\n",
        ["unicode values"] = "[default]\nname = h\u00e9llo w\u00f6rld\n",
        ["indented first option"] = "[default]\n   a = 1\n   b = 2\n",
        ["tab continuation"] = "[default]\na = 1\n\tmore\n",
        ["colons and equals inside values"] = "[default]\nurl = http://user:pw@host:80/?a=b\nk : v = w\n",
        ["option names with spaces"] = "[default]\nMy Key = v\n  spaced  name  =  x  \n",
        ["spaced section names"] = "[ spaced ]\na = 1\n[profile  two   spaces ]\nb = 2\n",
        ["unicode whitespace lines"] = "[default]\na = 1\n\u00a0\n  b\n\u3000\nc = 3\n",
        ["comment inside a continued value"] = "[default]\na = 1\n  # not part\n  two\n",
        ["continuation of DEFAULT section"] = "[DEFAULT]\ns3 =\n  addressing_style = virtual\n[default]\nregion = r\n[profile p]\ns3 =\n  own = 1\n",
        ["key without value delimiter"] = "[default]\njustakey\n",
        ["empty option name"] = "[default]\n= value\n",
        ["duplicate DEFAULT sections"] = "[DEFAULT]\na = 1\n[DEFAULT]\nb = 2\n[x]\n",
        ["nested value with colon lines"] = "[default]\ns3 =\n  addressing_style : path\n",
    };

    private static IEnumerable<TestCaseData> Cases()
    {
        string cfg = Path.Combine(RepoPaths.Conformance, "cfg");
        foreach (string file in Directory.GetFiles(cfg).OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return new TestCaseData(file).SetName($"Parses like botocore: fixture {Path.GetFileName(file)}");
        }
        string dir = Path.Combine(Path.GetTempPath(), "botosharp-ini-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        int index = 0;
        foreach (var (name, text) in s_inline)
        {
            string path = Path.Combine(dir, $"case{index++}");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            yield return new TestCaseData(path).SetName($"Parses like botocore: {name}");
        }
    }

    private static readonly Lazy<Dictionary<string, string>> s_oracle = new(() =>
    {
        var paths = Cases().Select(c => (string)c.Arguments[0]!).ToList();
        var results = Botocore.Run(Script, paths)!.AsArray();
        return paths.Select((p, i) => (p, Botocore.Normalize(results[i]))).ToDictionary(x => x.p, x => x.Item2);
    });

    [TestCaseSource(nameof(Cases))]
    public void MatchesBotocore(string path)
    {
        Assert.That(Ours(path), Is.EqualTo(s_oracle.Value[path]));
    }

    private static string Ours(string path)
    {
        try
        {
            var result = new Dictionary<string, object?>
            {
                ["raw"] = ConfigFileParser.RawConfigParse(path),
                ["flat"] = ConfigFileParser.RawConfigParse(path, parseSubsections: false),
                ["loaded"] = ConfigFileParser.LoadConfig(path),
            };
            return Botocore.ToJson(result);
        }
        catch (BotoCoreError error)
        {
            return Botocore.ToJson(new Dictionary<string, object?> { ["error"] = error.GetType().Name });
        }
    }
}
