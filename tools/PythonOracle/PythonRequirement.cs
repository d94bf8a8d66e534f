namespace BotoSharp.OracleTools;

/// <summary>One pinned line of <c>requirements.txt</c>: <c>name[extra,…]==version</c>.</summary>
/// <param name="Name">The distribution name, e.g. <c>moto</c>.</param>
/// <param name="Extras">The extras it needs installed too, e.g. <c>server</c>.</param>
/// <param name="Version">The exact version required.</param>
internal sealed record PythonRequirement(string Name, IReadOnlyList<string> Extras, string Version)
{
    /// <summary>The line as pip reads it.</summary>
    public override string ToString() =>
        Extras.Count == 0 ? $"{Name}=={Version}" : $"{Name}[{string.Join(",", Extras)}]=={Version}";

    /// <summary>Reads the pinned lines of a requirements file; comments and blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is not pinned with <c>==</c>: the oracle must be exact.</exception>
    public static IReadOnlyList<PythonRequirement> ParseFile(string text)
    {
        var result = new List<PythonRequirement>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            int pin = line.IndexOf("==", StringComparison.Ordinal);
            if (pin <= 0)
            {
                throw new FormatException($"requirements line '{line}' is not pinned with ==");
            }
            var name = line[..pin].Trim();
            var extras = Array.Empty<string>();
            int bracket = name.IndexOf('[');
            if (bracket > 0 && name.EndsWith(']'))
            {
                extras = name[(bracket + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                name = name[..bracket];
            }
            result.Add(new PythonRequirement(name, extras, line[(pin + 2)..].Trim()));
        }
        return result;
    }

    /// <summary>
    /// What an interpreter lacks, one sentence per requirement (empty when it satisfies all).
    /// <paramref name="installed"/> maps a distribution name to its version, or to null when it is not installed;
    /// an extra is satisfied when the name <c>name[extra]</c> maps to a non-null value.
    /// </summary>
    public static IReadOnlyList<string> Unmet(IReadOnlyList<PythonRequirement> requirements, IReadOnlyDictionary<string, string?> installed)
    {
        var unmet = new List<string>();
        foreach (var requirement in requirements)
        {
            installed.TryGetValue(requirement.Name, out var version);
            if (version is null)
            {
                unmet.Add($"{requirement.Name} is not installed ({requirement.Version} needed)");
            }
            else if (version != requirement.Version)
            {
                unmet.Add($"{requirement.Name} {version} is installed ({requirement.Version} needed)");
            }
            foreach (var extra in requirement.Extras)
            {
                if (!installed.TryGetValue($"{requirement.Name}[{extra}]", out var present) || present is null)
                {
                    unmet.Add($"{requirement.Name}[{extra}] is missing some of its dependencies");
                }
            }
        }
        return unmet;
    }
}
