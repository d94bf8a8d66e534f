using System.Runtime.InteropServices;

namespace BotoSharp.Configuration;

/// <summary>
/// Python's <c>configparser.RawConfigParser</c> as botocore configures it: <c>=</c>/<c>:</c> delimiters,
/// lower-cased option names, case-sensitive section names, full-line <c>#</c>/<c>;</c> comments only, indented
/// continuation lines, blank lines kept inside values, strict duplicate checks and a <c>[DEFAULT]</c> section
/// inherited by every other section.
/// </summary>
/// <remarks>
/// Lines are scanned as spans of the text so only section names, option names and values become strings. An
/// option's value is a <see cref="string"/> while it has one line and becomes a <see cref="List{T}"/> of lines
/// only when a continuation line arrives, so a typical file allocates no per-option lists. Short names and values
/// repeat across profiles (<c>region</c>, <c>us-west-2</c>), so they come from a small per-parse string pool.
/// </remarks>
internal sealed class IniReader
{
    private const string DefaultSection = "DEFAULT";

    private readonly Dictionary<string, Dictionary<string, object?>> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _defaults = new(StringComparer.Ordinal);
    private readonly IniStringPool _pool = new();
    private int _lastSectionSize;

    /// <summary>Parses <paramref name="text"/>; a syntax error is a <see cref="FormatException"/> naming the line.</summary>
    public static IniReader Parse(string text)
    {
        var reader = new IniReader();
        reader.Read(text);
        return reader;
    }

    /// <summary>
    /// Every section (file order, <c>[DEFAULT]</c> excluded) with its options: its own options first, then the
    /// inherited <c>[DEFAULT]</c> options it does not override, each joined value passed through
    /// <paramref name="convert"/>. The reader's own dictionaries are handed out, so call this once.
    /// </summary>
    public Dictionary<string, object?> TakeSections(Func<string, object?> convert)
    {
        var config = new Dictionary<string, object?>(_sections.Count, StringComparer.Ordinal);
        foreach (var (name, own) in _sections)
        {
            // Values are replaced through references: rewriting a value leaves the enumeration valid.
            foreach (var pair in own)
            {
                CollectionsMarshal.GetValueRefOrNullRef(own, pair.Key) = convert(Join(pair.Value!));
            }
            foreach (var pair in _defaults)
            {
                own.TryAdd(pair.Key, convert(Join(pair.Value!)));
            }
            config[name] = own;
        }
        return config;
    }

    // Multi-line values are joined with \n and lose trailing blank lines, as configparser does after reading.
    // Every line is already stripped, so right-stripping the joined text equals dropping the trailing empty lines
    // before joining, which saves a second string; a single line is its own joined value.
    private static string Join(object parts)
    {
        if (parts is string single)
        {
            return single;
        }
        var lines = (List<string>)parts;
        int count = lines.Count;
        while (count > 0 && lines[count - 1].Length == 0)
        {
            count--;
        }
        lines.RemoveRange(count, lines.Count - count);
        return string.Join("\n", lines);
    }

    private static void Append(Dictionary<string, object?> section, string option, string line)
    {
        if (section[option] is List<string> lines)
        {
            lines.Add(line);
        }
        else
        {
            section[option] = new List<string> { (string)section[option]!, line };
        }
    }

    private void Read(string text)
    {
        Dictionary<string, object?>? current = null;
        string? sectionName = null;
        string? optionName = null;
        int indentLevel = 0;
        int lineNumber = 0;
        int next = 0;
        while (PythonWhitespace.NextFileLine(text, ref next, out int lineStart, out int lineEnd))
        {
            lineNumber++;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var stripped = PythonWhitespace.Strip(line);
            bool isComment = stripped.Length > 0 && (stripped[0] == '#' || stripped[0] == ';');
            if (isComment || stripped.Length == 0)
            {
                // A blank line (not a comment) inside a value becomes an empty line of that value.
                if (!isComment && current is not null && optionName is not null)
                {
                    Append(current, optionName, string.Empty);
                }
                continue;
            }
            int indent = 0;
            while (indent < line.Length && PythonWhitespace.IsSpace(line[indent]))
            {
                indent++;
            }
            if (current is not null && optionName is not null && indent > indentLevel)
            {
                Append(current, optionName, _pool.Get(stripped));
                continue;
            }
            indentLevel = indent;
            string? header = SectionHeader(stripped);
            if (header is not null)
            {
                _lastSectionSize = Math.Max(_lastSectionSize, current?.Count ?? 0);
                current = OpenSection(header, lineNumber);
                sectionName = header;
                optionName = null;
                continue;
            }
            if (current is null)
            {
                throw new FormatException($"File contains no section headers (line {lineNumber}: {line.ToString()})");
            }
            optionName = ReadOption(current, sectionName!, stripped, lineNumber, line);
        }
    }

    // configparser's section pattern is "[" + greedy ".+" + "]" matched at the start: the header runs to the last ']'.
    private static string? SectionHeader(ReadOnlySpan<char> value)
    {
        if (value[0] != '[')
        {
            return null;
        }
        int close = value.LastIndexOf(']');
        return close >= 2 ? value.Slice(1, close - 1).ToString() : null;
    }

    // Only [DEFAULT] may be opened twice; any other repeated header is configparser's DuplicateSectionError.
    private Dictionary<string, object?> OpenSection(string header, int lineNumber)
    {
        if (_sections.ContainsKey(header))
        {
            throw new FormatException($"Section '{header}' already exists (line {lineNumber})");
        }
        if (header == DefaultSection)
        {
            return _defaults;
        }
        // Sections of one file tend to look alike, so the previous one's size avoids regrowing each new one.
        var created = new Dictionary<string, object?>(_lastSectionSize, StringComparer.Ordinal);
        _sections[header] = created;
        return created;
    }

    // An option line splits at the first '=' or ':'; the name is lower-cased, both sides are stripped. Each section
    // is filled by one read only, so an option already in it is configparser's DuplicateOptionError.
    private string ReadOption(Dictionary<string, object?> section, string sectionName, ReadOnlySpan<char> value, int lineNumber, ReadOnlySpan<char> line)
    {
        int delimiter = value.IndexOfAny('=', ':');
        var rawName = delimiter < 0 ? ReadOnlySpan<char>.Empty : PythonWhitespace.Strip(value.Slice(0, delimiter));
        if (rawName.IsEmpty)
        {
            throw new FormatException($"Source contains parsing errors: [line {lineNumber}]: {line.ToString()}");
        }
        string name = _pool.GetLowerInvariant(rawName);
        if (!section.TryAdd(name, _pool.Get(PythonWhitespace.Strip(value.Slice(delimiter + 1)))))
        {
            throw new FormatException($"Option '{name}' in section '{sectionName}' already exists (line {lineNumber})");
        }
        return name;
    }
}
