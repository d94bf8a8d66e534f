using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Configuration;

/// <summary>Conversions, path expansion and endpoint service keys behave as the Python functions botocore calls.</summary>
public class ConfigHelpersDifferentialTests
{
    private static readonly string[] s_intInputs =
    {
        "1", " 42 ", "-7", "+3", "1_000", "1__0", "_1", "1_", "1.5", "abc", "", "0x10", "007", "\t9\n", "9999999999",
    };

    [Test]
    public void IntConversionMatchesPythonInt()
    {
        const string script =
            "out = []\n" +
            "for s in INPUT:\n" +
            "    try: out.append(int(s))\n" +
            "    except ValueError: out.append('ValueError')\n" +
            "emit(out)\n";
        var ours = s_intInputs.Select(s =>
        {
            try
            {
                return (object?)Converters.ToInt(s);
            }
            catch (InvalidConfigError)
            {
                return "ValueError";
            }
        }).ToList();
        Assert.That(Botocore.ToJson(ours), Is.EqualTo(Botocore.Normalize(Botocore.Run(script, s_intInputs))));
    }

    [Test]
    public void EnsureBooleanMatchesBotocore()
    {
        var inputs = new object?[] { "true", "TRUE", "True", "yes", "1", "false", "", true, false, 1L, null };
        const string script = "from botocore.utils import ensure_boolean\nemit([ensure_boolean(v) for v in INPUT])\n";
        Assert.That(Botocore.ToJson(inputs.Select(v => (object?)ConfigValues.EnsureBoolean(v)).ToList()),
            Is.EqualTo(Botocore.Normalize(Botocore.Run(script, inputs))));
    }

    [Test]
    public void PathExpansionMatchesPythonOsPath()
    {
        var paths = new[] { "~", "~/.aws/config", "~other/x", "a/~/b", "$HOME/x", "${HOME}/x", "$MISSING/x", "${MISSING}", "$", "${", "$A_B1c/d", "$A_B1c.d", "x$HOME" };
        var env = new Dictionary<string, string> { ["HOME"] = "/home/tester", ["A_B1c"] = "val" };
        const string script = "import os\nemit([os.path.expanduser(os.path.expandvars(p)) for p in INPUT])\n";
        var ours = paths.Select(p => PathExpansion.ExpandUser(PathExpansion.ExpandVars(p, env), env)).ToList();
        var theirs = Botocore.Run(script, paths, env)!.AsArray().Select(n => (string)n!).ToList();
        // "~other" needs the password database in Python; BotoSharp leaves it unexpanded, which Python also does for unknown users.
        Assert.That(ours, Is.EqualTo(theirs));
    }

    [Test]
    public void EndpointServiceKeysMatchBotocoreForEveryOverrideAndAlias()
    {
        var names = ConfiguredEndpointUrls.ServiceIdOverrides.Keys.Concat(new[] { "runtime.sagemaker", "s3", "dynamodb", "sso-oidc" }).ToList();
        const string script =
            "from botocore.configprovider import ConfiguredEndpointProvider\n" +
            "from botocore.utils import CLIENT_NAME_TO_HYPHENIZED_SERVICE_ID_OVERRIDES as o\n" +
            "emit({'keys': [ConfiguredEndpointProvider({}, {}, n)._transformed_service_id for n in INPUT], 'table': sorted(o)})\n";
        var theirs = Botocore.Run(script, names)!;
        Assert.That(names.Select(ConfiguredEndpointUrls.SnakeCaseServiceId), Is.EqualTo(theirs["keys"]!.AsArray().Select(n => (string)n!)));
        Assert.That(ConfiguredEndpointUrls.ServiceIdOverrides.Keys.Order(StringComparer.Ordinal), Is.EqualTo(theirs["table"]!.AsArray().Select(n => (string)n!)));
    }
}
