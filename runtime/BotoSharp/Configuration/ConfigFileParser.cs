using System.Text;
using BotoSharp.Errors;

namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>configloader</c>: reads the shared config and credentials files into botocore-shaped
/// dictionaries. A section is a <c>Dictionary&lt;string, object?&gt;</c> whose values are strings, or nested
/// <c>Dictionary&lt;string, object?&gt;</c> of strings for indented sub-sections (<c>s3 =</c> followed by
/// indented <c>key = value</c> lines).
/// </summary>
public static class ConfigFileParser
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// botocore's <c>raw_config_parse</c>: every section name (verbatim) maps to its options. The path has
    /// environment variables and <c>~</c> expanded first (from <paramref name="environment"/>, or the process
    /// environment when null). A null path gives an empty result.
    /// </summary>
    /// <exception cref="ConfigNotFound">The path is not an existing regular file.</exception>
    /// <exception cref="ConfigParseError">The file is not valid UTF-8 or not valid INI, or a sub-section line lacks <c>=</c>.</exception>
    public static Dictionary<string, object?> RawConfigParse(string? path, bool parseSubsections = true, IReadOnlyDictionary<string, string>? environment = null) =>
        TryRawConfigParse(path, parseSubsections, environment, out var missing) ?? throw new ConfigNotFound(missing);

    /// <summary>
    /// As <see cref="RawConfigParse"/>, but null (with the expanded path in <paramref name="missingPath"/>) when the file
    /// does not exist: every new session looks for both files, and most machines lack one, so no exception for that.
    /// </summary>
    internal static Dictionary<string, object?>? TryRawConfigParse(string? path, bool parseSubsections, IReadOnlyDictionary<string, string>? environment,
        out string missingPath)
    {
        missingPath = string.Empty;
        if (path is null)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }
        string expanded = PathExpansion.ExpandUser(PathExpansion.ExpandVars(path, environment), environment);
        if (!File.Exists(expanded))
        {
            missingPath = expanded;
            return null;
        }
        string text;
        try
        {
            text = s_strictUtf8.GetString(File.ReadAllBytes(expanded));
        }
        catch (DecoderFallbackException e)
        {
            throw new ConfigParseError(expanded, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // configparser silently skips a file it cannot open, so botocore sees it as empty.
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }
        return RawConfigParseText(text, expanded, parseSubsections);
    }

    /// <summary>
    /// <see cref="RawConfigParse"/> over text already read; <paramref name="path"/> only names the source in errors.
    /// </summary>
    /// <exception cref="ConfigParseError">The text is not valid INI, or a sub-section line lacks <c>=</c>.</exception>
    public static Dictionary<string, object?> RawConfigParseText(string text, string path, bool parseSubsections = true)
    {
        IniReader ini;
        try
        {
            ini = IniReader.Parse(text);
        }
        catch (FormatException e)
        {
            throw new ConfigParseError(path, e);
        }
        return ini.TakeSections(value => parseSubsections && value.StartsWith('\n') ? ParseNested(value, path) : value);
    }

    /// <summary>
    /// botocore's <c>load_config</c>: <see cref="RawConfigParse"/> then <see cref="BuildProfileMap"/>.
    /// </summary>
    /// <exception cref="ConfigNotFound">The path is not an existing regular file.</exception>
    /// <exception cref="ConfigParseError">The file cannot be parsed.</exception>
    public static Dictionary<string, object?> LoadConfig(string? path, IReadOnlyDictionary<string, string>? environment = null) =>
        GroupSections(RawConfigParse(path, true, environment), copy: false);

    /// <summary>As <see cref="LoadConfig"/>, but null when the file does not exist.</summary>
    internal static Dictionary<string, object?>? TryLoadConfig(string? path, IReadOnlyDictionary<string, string>? environment) =>
        TryRawConfigParse(path, true, environment, out _) is { } raw ? GroupSections(raw, copy: false) : null;

    /// <summary>
    /// botocore's <c>multi_file_load_config</c>: loads each existing file; the first file that has a top-level key
    /// (or a profile) wins it wholesale, and the profiles of all files are combined.
    /// </summary>
    /// <exception cref="ConfigParseError">One of the files cannot be parsed.</exception>
    public static Dictionary<string, object?> MultiFileLoadConfig(IEnumerable<string> paths, IReadOnlyDictionary<string, string>? environment = null)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        var profiles = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (TryLoadConfig(path, environment) is not { } loaded)
            {
                continue;
            }
            foreach (var (key, value) in (Dictionary<string, object?>)loaded["profiles"]!)
            {
                profiles.TryAdd(key, value);
            }
            foreach (var (key, value) in loaded)
            {
                if (key != "profiles")
                {
                    merged.TryAdd(key, value);
                }
            }
        }
        merged["profiles"] = profiles;
        return merged;
    }

    /// <summary>
    /// botocore's <c>build_profile_map</c>: moves <c>[profile X]</c> and <c>[default]</c> sections under
    /// <c>profiles</c>, <c>[sso-session X]</c> under <c>sso_sessions</c> and <c>[services X]</c> under
    /// <c>services</c>; other sections stay at the top level. The input is not modified.
    /// </summary>
    public static Dictionary<string, object?> BuildProfileMap(IReadOnlyDictionary<string, object?> parsed) => GroupSections(parsed, copy: true);

    // botocore deep-copies its input; a freshly parsed map that nobody else holds is moved instead of copied.
    private static Dictionary<string, object?> GroupSections(IReadOnlyDictionary<string, object?> parsed, bool copy)
    {
        // Most sections are profiles: sizing for all of them once saves regrowing the map many times.
        var profiles = new Dictionary<string, object?>(parsed.Count, StringComparer.Ordinal);
        var ssoSessions = new Dictionary<string, object?>(StringComparer.Ordinal);
        var services = new Dictionary<string, object?>(StringComparer.Ordinal);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, raw) in parsed)
        {
            object? values = copy ? ConfigValues.DeepCopy(raw) : raw;
            // botocore tests only the prefix, so "[profilex y]" also names profile "y"; the order of tests matters.
            if (key.StartsWith("profile", StringComparison.Ordinal))
            {
                AddNamedSection(profiles, key, values);
            }
            else if (key.StartsWith("sso-session", StringComparison.Ordinal))
            {
                AddNamedSection(ssoSessions, key, values);
            }
            else if (key.StartsWith("services", StringComparison.Ordinal))
            {
                AddNamedSection(services, key, values);
            }
            else if (key == "default")
            {
                profiles[key] = values;
            }
            else
            {
                result[key] = values;
            }
        }
        result["profiles"] = profiles;
        result["sso_sessions"] = ssoSessions;
        result["services"] = services;
        return result;
    }

    // A section name must shlex-split into exactly two words; anything else is dropped without a word.
    private static void AddNamedSection(Dictionary<string, object?> target, string sectionName, object? values)
    {
        var words = ShellWords.TrySplit(sectionName);
        if (words is { Count: 2 })
        {
            target[words[1]] = values;
        }
    }

    // Lines are walked as bounds into the value so only the keys and values become strings.
    private static Dictionary<string, object?> ParseNested(string value, string path)
    {
        var nested = new Dictionary<string, object?>(StringComparer.Ordinal);
        int next = 0;
        while (PythonWhitespace.NextLine(value, ref next, out int start, out int end))
        {
            var line = PythonWhitespace.Strip(value.AsSpan(start, end - start));
            if (line.IsEmpty)
            {
                continue;
            }
            int equals = line.IndexOf('=');
            if (equals < 0)
            {
                throw new ConfigParseError(path, new FormatException($"Sub-section line has no '=': {line.ToString()}"));
            }
            nested[PythonWhitespace.Strip(line.Slice(0, equals)).ToString()] = PythonWhitespace.Strip(line.Slice(equals + 1)).ToString();
        }
        return nested;
    }
}
