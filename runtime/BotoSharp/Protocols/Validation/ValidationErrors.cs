namespace BotoSharp.Protocols.Validation;

/// <summary>
/// The problems one validation pass found, formatted line by line exactly as botocore's <c>ValidationErrors</c>
/// report, so <see cref="Errors.ParamValidationError"/> messages match botocore's.
/// </summary>
public sealed class ValidationErrors
{
    private readonly List<string> _lines = new();

    /// <summary>Whether any problem was reported.</summary>
    public bool HasErrors => _lines.Count > 0;

    /// <summary>The report: one line per problem, in the order found.</summary>
    public string GenerateReport() => string.Join("\n", _lines);

    /// <summary>How many lines were reported.</summary>
    internal int Count => _lines.Count;

    /// <summary>Moves the lines reported from <paramref name="from"/> on to position <paramref name="to"/> (a structure's own checks precede its members').</summary>
    internal void MoveTail(int from, int to)
    {
        if (from == _lines.Count || from == to)
        {
            return;
        }
        var tail = _lines.GetRange(from, _lines.Count - from);
        _lines.RemoveRange(from, tail.Count);
        _lines.InsertRange(to, tail);
    }

    internal void MissingRequired(string name, string required) =>
        _lines.Add($"Missing required parameter in {Name(name)}: \"{required}\"");

    internal void UnknownField(string name, string unknown, IEnumerable<string> valid) =>
        _lines.Add($"Unknown parameter in {Name(name)}: \"{unknown}\", must be one of: {string.Join(", ", valid)}");

    internal void InvalidType(string name, object? param, IEnumerable<string> validTypes) =>
        _lines.Add($"Invalid type for parameter {Name(name)}, value: {PythonFormat.Str(param)}, type: {PythonFormat.TypeName(param)}, valid types: {string.Join(", ", validTypes)}");

    internal void InvalidRange(string name, object param, object min) =>
        _lines.Add($"Invalid value for parameter {Name(name)}, value: {PythonFormat.Str(param)}, valid min value: {PythonFormat.Str(min)}");

    internal void InvalidLength(string name, long length, object min) =>
        _lines.Add($"Invalid length for parameter {Name(name)}, value: {length}, valid min length: {PythonFormat.Str(min)}");

    internal void NotJsonSerializable(string name, string typeError) =>
        _lines.Add($"Invalid parameter {Name(name)} must be json serializable: {typeError}");

    internal void InvalidDocumentType(string name, object? param) =>
        _lines.Add($"Invalid type for document parameter {Name(name)}, value: {PythonFormat.Str(param)}, type: {PythonFormat.TypeName(param)}, valid types: <class 'str'>, <class 'int'>, <class 'bool'>, <class 'float'>, <class 'list'>, <class 'dict'>");

    internal void MoreThanOneInput(string name, IEnumerable<string> members) =>
        _lines.Add($"Invalid number of parameters set for tagged union structure {Name(name)}. Can only set one of the following keys: {string.Join(", ", members)}.");

    // botocore's wording really lacks the space before "structure".
    internal void EmptyInput(string name, IEnumerable<string> members) =>
        _lines.Add($"Must set one of the following keys for tagged unionstructure {Name(name)}: {string.Join(", ", members)}.");

    private static string Name(string name) => name.Length == 0 ? "input" : name.StartsWith('.') ? name[1..] : name;
}
