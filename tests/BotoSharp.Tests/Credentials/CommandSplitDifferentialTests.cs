using System.Text.Json.Nodes;
using BotoSharp.Auth;
using BotoSharp.Configuration;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials;

/// <summary>
/// credential_process command lines split by botocore's <c>compat_shell_split</c> for both platforms and by
/// BotoSharp, which must give the same argv (or fail where botocore raises ValueError).
/// </summary>
public class CommandSplitDifferentialTests
{
    private static readonly string[] s_commands =
    [
        "helper --profile dev",
        "  spaced\t\ttabs  ",
        "\"C:\\Program Files\\helper.exe\" --arg",
        "a\\\\\\\"b c",
        "a\\\\\"b c\"",
        "trailing\\\\",
        "empty \"\" quoted",
        "mid\"dle quo\"ted",
        "single 'quoted words' here",
        "back\\ slash",
        "\"unterminated",
        "'unterminated single",
        "x\\",
        "a\"\"b",
        "",
    ];

    private static readonly Lazy<JsonObject> s_botocore = new(() => (JsonObject)Botocore.Run("""
from botocore.compat import compat_shell_split
out = {}
for platform in ('win32', 'linux'):
    for s in INPUT:
        try:
            out[platform + '|' + s] = compat_shell_split(s, platform)
        except ValueError:
            out[platform + '|' + s] = None
emit(out)
""", s_commands)!);

    private static IEnumerable<TestCaseData> Cases() => s_commands.SelectMany(c => new[]
    {
        new TestCaseData("win32", c).SetName($"Windows split agrees with botocore: [{c}]"),
        new TestCaseData("linux", c).SetName($"POSIX split agrees with botocore: [{c}]"),
    });

    [TestCaseSource(nameof(Cases))]
    public void The_split_matches_botocore(string platform, string command)
    {
        var expected = s_botocore.Value[platform + "|" + command];
        var actual = platform == "win32" ? WindowsCommandLine.TrySplit(command) : ShellWords.TrySplit(command);
        Assert.That(actual is null ? "null" : new JsonArray(actual.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()).ToJsonString(),
            Is.EqualTo(expected?.ToJsonString() ?? "null"));
    }
}
