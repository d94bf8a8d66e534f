namespace BotoSharp.Configuration;

/// <summary>
/// Python's <c>configparser.RawConfigParser</c> as botocore configures it: <c>=</c>/<c>:</c> delimiters,
/// lower-cased option names, case-sensitive section names, full-line <c>#</c>/<c>;</c> comments only, indented
/// continuation lines, blank lines kept inside values, strict duplicate checks and a <c>[DEFAULT]</c> section
/// inherited by every other section.
/// </summary>
internal sealed class IniReader
{
    private const string DefaultSection = "DEFAULT";

    private readonly Dictionary<string, Dictionary<string, List<string>>> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _defaults = new(StringComparer.Ordinal);
    private readonly HashSet<string> _addedSections = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _addedOptions = new();

    /// <summary>Parses <paramref name="text"/>; a syntax error is a <see cref="FormatException"/> naming the line.</summary>
    public static IniReader Parse(string text)
    {
        var reader = new IniReader();
        reader.Read(text);
        return reader;
    }

    /// <summary>Section names in file order, <c>[DEFAULT]</c> excluded.</summary>
    public IEnumerable<string> Sections => _sections.Keys;

    /// <summary>
    /// The options of a section with their joined values: the section's own options first, then inherited
    /// <c>[DEFAULT]</c> options it does not override.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Options(string section)
    {
        var own = _sections[section];
        foreach (var pair in own)
        {
            yield return new(pair.Key, Join(pair.Value));
        }
        foreach (var pair in _defaults)
        {
            if (!own.ContainsKey(pair.Key))
            {
                yield return new(pair.Key, Join(pair.Value));
            }
        }
    }

    // Multi-line values are joined with \n and lose trailing blank lines, as configparser does after reading.
    private static string Join(List<string> parts) => PythonText.RStrip(string.Join("\n", parts));

    private void Read(string text)
    {
        Dictionary<string, List<string>>? current = null;
        string? sectionName = null;
        string? optionName = null;
        int indentLevel = 0;
        var lines = PythonText.FileLines(text);
        for (int index = 0; index < lines.Count; index++)
        {
            string line = lines[index];
            int lineNumber = index + 1;
            string stripped = PythonText.Strip(line);
            bool isComment = stripped.StartsWith('#') || stripped.StartsWith(';');
            string value = isComment ? string.Empty : stripped;
            if (value.Length == 0)
            {
                // A blank line (not a comment) inside a value becomes an empty line of that value.
                if (!isComment && current is not null && optionName is not null)
                {
                    current[optionName].Add(string.Empty);
                }
                continue;
            }
            int indent = 0;
            while (indent < line.Length && PythonText.IsSpace(line[indent]))
            {
                indent++;
            }
            if (current is not null && optionName is not null && indent > indentLevel)
            {
                current[optionName].Add(value);
                continue;
            }
            indentLevel = indent;
            string? header = SectionHeader(value);
            if (header is not null)
            {
                current = OpenSection(header, lineNumber);
                sectionName = header;
                optionName = null;
                continue;
            }
            if (current is null)
            {
                throw new FormatException($"File contains no section headers (line {lineNumber}: {line})");
            }
            optionName = ReadOption(current, sectionName!, value, lineNumber, line);
        }
    }

    // configparser's section pattern is "[" + greedy ".+" + "]" matched at the start: the header runs to the last ']'.
    private static string? SectionHeader(string value)
    {
        if (value[0] != '[')
        {
            return null;
        }
        int close = value.LastIndexOf(']');
        return close >= 2 ? value.Substring(1, close - 1) : null;
    }

    private Dictionary<string, List<string>> OpenSection(string header, int lineNumber)
    {
        if (_sections.TryGetValue(header, out var existing))
        {
            if (_addedSections.Contains(header))
            {
                throw new FormatException($"Section '{header}' already exists (line {lineNumber})");
            }
            return existing;
        }
        if (header == DefaultSection)
        {
            return _defaults;
        }
        var created = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        _sections[header] = created;
        _addedSections.Add(header);
        return created;
    }

    // An option line splits at the first '=' or ':'; the name is lower-cased, both sides are stripped.
    private string ReadOption(Dictionary<string, List<string>> section, string sectionName, string value, int lineNumber, string line)
    {
        int delimiter = value.IndexOfAny(new[] { '=', ':' });
        string name = delimiter < 0 ? string.Empty : PythonText.Strip(value.Substring(0, delimiter)).ToLowerInvariant();
        if (name.Length == 0)
        {
            throw new FormatException($"Source contains parsing errors: [line {lineNumber}]: {line}");
        }
        if (!_addedOptions.Add((sectionName, name)))
        {
            throw new FormatException($"Option '{name}' in section '{sectionName}' already exists (line {lineNumber})");
        }
        section[name] = new List<string> { PythonText.Strip(value.Substring(delimiter + 1)) };
        return name;
    }
}
