using System.Diagnostics;
using System.Text.Json.Nodes;

namespace BotoSharp.OracleTools;

/// <summary>Asks one python interpreter which versions of the required distributions (and extras) it has.</summary>
internal static class OracleProbe
{
    // importlib.metadata only: it needs none of the packages it looks for, so it answers on a bare interpreter.
    private const string Script = """
        import importlib.metadata as md, json, re, sys
        out = {}
        for name, extras in json.loads(sys.argv[1]):
            try:
                out[name] = md.version(name)
            except md.PackageNotFoundError:
                out[name] = None
                continue
            for extra in extras:
                ok = True
                for line in md.requires(name) or []:
                    if re.search(r"extra\s*==\s*['\"]%s['\"]" % re.escape(extra), line):
                        try:
                            md.version(re.split(r"[\s<>=!~;\[(]", line, maxsplit=1)[0])
                        except md.PackageNotFoundError:
                            ok = False
                out[name + "[" + extra + "]"] = "ok" if ok else None
        print(json.dumps({"executable": sys.executable, "installed": out}))
        """;

    /// <summary>The interpreter's real path and what it has installed, or null when it cannot be run.</summary>
    public static (string Executable, Dictionary<string, string?> Installed)? Run(string python, IReadOnlyList<PythonRequirement> requirements)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(RequirementsArgument(requirements));
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            if (process.ExitCode != 0)
            {
                return null;
            }
            var answer = JsonNode.Parse(stdout)!;
            var installed = answer["installed"]!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value?.GetValue<string>());
            return (answer["executable"]!.GetValue<string>(), installed);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    // [[name, [extra, ...]], ...] built as nodes, not by reflection, so the Native AOT sample can use the probe too.
    private static string RequirementsArgument(IReadOnlyList<PythonRequirement> requirements)
    {
        var list = new JsonArray();
        foreach (var requirement in requirements)
        {
            JsonNode entry = new JsonArray(JsonValue.Create(requirement.Name), new JsonArray(requirement.Extras.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()));
            list.Add(entry);
        }
        return list.ToJsonString();
    }
}
