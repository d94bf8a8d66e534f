using BotoSharp.OracleTools;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Benchmarks;

/// <summary>
/// Times the session benchmarks' botocore equivalents with python's <c>timeit</c> (best of 5 repeats, per-call mean),
/// in a python3 subprocess, on the same files and environment as the .NET side.
/// </summary>
public static class BotocoreTimings
{
    private const string Script = """
import json, os, sys, timeit
os.environ.clear()
os.environ.update(json.loads(sys.argv[1]))
import botocore, botocore.session, botocore.configloader
profiles = sys.argv[2]
def session_setup():
    s = botocore.session.Session()
    s.get_config_variable('region')
    return s.get_credentials()
def session_profiles():
    os.environ['AWS_CONFIG_FILE'] = profiles
    try:
        return botocore.session.Session().available_profiles
    finally:
        del os.environ['AWS_CONFIG_FILE']
def load_config():
    return botocore.configloader.load_config(profiles)
out = {'version': botocore.__version__}
for name, fn, n in (('session', session_setup, 200), ('load_config', load_config, 20), ('profiles', session_profiles, 20)):
    out[name] = min(timeit.repeat(fn, number=n, repeat=5)) / n * 1e6
print(json.dumps(out))
""";

    /// <summary>Per-call microseconds for <c>session</c>, <c>load_config</c> and <c>profiles</c>, plus botocore's version.</summary>
    /// <exception cref="InvalidOperationException">python3 or botocore is missing or the script failed.</exception>
    public static Dictionary<string, JsonElement> Measure()
    {
        var env = ClientSetup.Environment(("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"), ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            ("AWS_DEFAULT_REGION", "us-west-2"));
        if (System.Environment.GetEnvironmentVariable("PATH") is { } path)
        {
            env["PATH"] = path;
        }
        var start = new ProcessStartInfo(OracleEnvironment.Interpreter) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(JsonSerializer.Serialize(env));
        start.ArgumentList.Add(ProfileFile.Path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("botocore timing failed: " + stderr);
        }
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(stdout)!;
    }

    /// <summary>Formats microseconds the way the report table prints them.</summary>
    public static string Micros(double us) => us.ToString(us < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " µs";
}
