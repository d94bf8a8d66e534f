using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Support;

/// <summary>
/// Runs a Python snippet against the installed botocore 1.43.11 (the oracle) with an explicit environment and
/// returns what it emitted as JSON, for differential tests. Inside the snippet, <c>INPUT</c> is the decoded
/// <c>input</c> argument and <c>emit(value)</c> writes the result (non-JSON values become their <c>str</c>).
/// </summary>
internal static class Botocore
{
    private const string Prelude =
        "import json, sys\n" +
        "INPUT = json.loads(sys.stdin.read() or 'null')\n" +
        "def emit(value):\n" +
        "    sys.stdout.write('\\n@@BOTOCORE@@' + json.dumps(value, default=str))\n" +
        // A raw HTTP body for a before-send stub's AWSResponse (streamed once, then empty).
        "class RawBody:\n" +
        "    def __init__(self, body): self._body = body\n" +
        "    def stream(self, **kwargs): yield self._body\n" +
        "    def read(self, *args, **kwargs): body, self._body = self._body, b''; return body\n";

    /// <summary>
    /// Runs <paramref name="script"/> with only <paramref name="environment"/> (plus <c>PATH</c>, and <c>HOME</c>
    /// unless given) as its environment, and returns the value passed to <c>emit</c>.
    /// </summary>
    public static JsonNode? Run(string script, object? input = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var stdout = PythonProcess.Run(["-c", Prelude + script], JsonSerializer.Serialize(input), variables =>
        {
            variables.Clear();
            variables["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
            variables["HOME"] = Path.Combine(Path.GetTempPath(), "botosharp-no-home");
            variables["PYTHONIOENCODING"] = "utf-8";
            variables["LC_ALL"] = "C.UTF-8";
            foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            {
                variables[key] = value;
            }
        });
        int marker = stdout.LastIndexOf("\n@@BOTOCORE@@", StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new InvalidOperationException($"botocore snippet emitted nothing:\n{stdout}");
        }
        return JsonNode.Parse(stdout.Substring(marker + "\n@@BOTOCORE@@".Length));
    }

    /// <summary>A .NET value tree (dictionaries, lists, strings, numbers, booleans) as JSON text comparable with botocore's.</summary>
    public static string ToJson(object? value) => ToNode(value)?.ToJsonString() ?? "null";

    /// <summary>Re-serializes botocore's output the same way as <see cref="ToJson"/> so strings compare equal.</summary>
    public static string Normalize(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        // Python writes a float that is a whole number as 30.0; keep that so floats and ints stay distinguishable.
        double d when double.IsFinite(d) => JsonNode.Parse(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + (Math.Floor(d) == d && Math.Abs(d) < 1e16 ? ".0" : string.Empty)),
        System.Collections.IDictionary map => ToObject(map),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToNode).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonObject ToObject(System.Collections.IDictionary map)
    {
        var obj = new JsonObject();
        foreach (System.Collections.DictionaryEntry entry in map)
        {
            obj[(string)entry.Key] = ToNode(entry.Value);
        }
        return obj;
    }
}
