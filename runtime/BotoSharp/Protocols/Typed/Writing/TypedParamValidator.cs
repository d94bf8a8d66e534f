using System.Text;
using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Validation;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// botocore's <c>ParamValidator</c> on a typed request: the checks <see cref="ParamValidator"/> runs on the dictionary
/// path (union arity, required members, <c>min</c> lengths and values, host labels, documents), in the same order and
/// with the same texts, while the request writes itself. A typed request cannot hold unknown keys or values of the
/// wrong type, so those checks cannot fire here. Paths (<c>Key.id.S</c>, <c>Items[0]</c>) are only built for a report.
/// </summary>
internal sealed class TypedParamValidator : ModelShapeWriter
{
    // What a valid request gets back; never written to, as no validator holds it.
    private static readonly ValidationErrors s_noErrors = new();

    private readonly ParamValidator _values = new();
    // The path as parallel lists of names (null for a list item) and list indexes, and the open structures' marks:
    // lists of strings and ints are precompiled framework code, lists of our own structs or of tuples are not (a
    // cold process JIT-compiled ~11 methods of them for its first typed call).
    private readonly List<string?> _pathNames = new();
    private readonly List<int> _pathIndexes = new();
    private readonly List<string> _setMembers = new();
    private readonly List<int> _structureMembers = new();
    private readonly List<int> _structureErrors = new();
    private ValidationErrors _errors = new();
    private bool _skipItem;

    /// <summary>For <see cref="ThreadReusable{T}"/>: a valid request then costs the validator no allocation at all.</summary>
    public TypedParamValidator()
    {
    }

    /// <summary>Validates <paramref name="request"/> as <paramref name="shape"/> and returns what was found.</summary>
    public static ValidationErrors Validate(IRequestShape request, StructureShape shape)
    {
        var validator = ThreadReusable<TypedParamValidator>.Take();
        validator.BeginStructure(shape);
        validator.WriteRoot(request, shape);
        validator.EndStructure(shape);
        var errors = validator._errors;
        if (errors.HasErrors)
        {
            validator._errors = new ValidationErrors();
        }
        ThreadReusable<TypedParamValidator>.Return(validator);
        return errors.HasErrors ? errors : s_noErrors;
    }

    protected override void BeginMember(string name, Shape shape)
    {
        _setMembers.Add(name);
        PushSegment(name, -1);
    }

    protected override void EndMember(string name, Shape shape) => PopSegment();

    protected override void BeginItem(Shape shape)
    {
        if (Container is MapShape map)
        {
            var key = Key;
            if (map.Key.Min is not null || map.Key.HostLabel)
            {
                _values.Check(key, map.Key, _errors, $"{PathText()} (key: {key})");
            }
            PushSegment(key, -1);
            return;
        }
        var list = (ListShape)Container;
        // botocore type-checks plain scalar elements only, so their lengths and ranges go unchecked.
        _skipItem = ParamValidator.ScalarTypes(list.Member.TypeName) is not null && !ParamValidator.HasConstraints(list.Member);
        PushSegment(null, Index);
    }

    protected override void EndItem(Shape shape)
    {
        _skipItem = false;
        PopSegment();
    }

    private void PushSegment(string? name, int index)
    {
        _pathNames.Add(name);
        _pathIndexes.Add(index);
    }

    private void PopSegment()
    {
        _pathNames.RemoveAt(_pathNames.Count - 1);
        _pathIndexes.RemoveAt(_pathIndexes.Count - 1);
    }

    protected override void WriteString(Shape shape, string value)
    {
        if (shape.JsonValue && shape.Location == "header")
        {
            return;
        }
        CheckLength(shape, value.Length);
    }

    protected override void WriteInteger(Shape shape, long value) => CheckValue(shape, value);

    protected override void WriteFloat(Shape shape, double value) => CheckValue(shape, value);

    protected override void WriteBoolean(Shape shape, bool value)
    {
    }

    protected override void WriteTimestamp(Shape shape, DateTimeOffset value)
    {
    }

    protected override void WriteBlob(Shape shape, byte[] value)
    {
    }

    protected override void WriteStream(Shape shape, Stream value)
    {
    }

    protected override void WriteDocument(Shape shape, object? value) => _values.Check(value, shape, _errors, PathText());

    protected override void BeginStructure(StructureShape shape)
    {
        _structureMembers.Add(_setMembers.Count);
        _structureErrors.Add(_errors.Count);
    }

    // The structure's own checks (union arity, then required members) go before its members' problems, as botocore reports them.
    protected override void EndStructure(StructureShape shape)
    {
        var first = _structureMembers[^1];
        var errorMark = _structureErrors[^1];
        _structureMembers.RemoveAt(_structureMembers.Count - 1);
        _structureErrors.RemoveAt(_structureErrors.Count - 1);
        var set = _setMembers.Count - first;
        var ownErrors = _errors.Count;
        if (shape.IsUnion && set != 1)
        {
            if (set == 0)
            {
                _errors.EmptyInput(PathText(), shape.Members.Keys);
            }
            else
            {
                _errors.MoreThanOneInput(PathText(), shape.Members.Keys);
            }
        }
        // By index: a foreach over the interface boxed the list's enumerator for every structure validated.
        var requiredMembers = shape.RequiredMembers;
        for (var i = 0; i < requiredMembers.Count; i++)
        {
            var required = requiredMembers[i];
            if (_setMembers.IndexOf(required, first) < 0)
            {
                _errors.MissingRequired(PathText(), required);
            }
        }
        _errors.MoveTail(ownErrors, errorMark);
        _setMembers.RemoveRange(first, set);
    }

    protected override void BeginList(ListShape shape, int count) => CheckLength(shape, count);

    protected override void EndList(ListShape shape)
    {
    }

    protected override void BeginMap(MapShape shape, int count)
    {
    }

    protected override void EndMap(MapShape shape)
    {
    }

    // Most values have no minimum; only a value under it builds its path and is boxed for the report.
    private bool BelowMinimum(Shape shape, double measured)
    {
        var min = shape.Min ?? (shape.HostLabel ? 1 : null);
        return !_skipItem && min is not null && !(measured >= min);
    }

    private void CheckLength(Shape shape, long length)
    {
        if (BelowMinimum(shape, length))
        {
            ParamValidator.RangeCheck(PathText(), length, shape, _errors, isLength: true);
        }
    }

    private void CheckValue(Shape shape, long value)
    {
        if (BelowMinimum(shape, value))
        {
            ParamValidator.RangeCheck(PathText(), value, shape, _errors, isLength: false);
        }
    }

    private void CheckValue(Shape shape, double value)
    {
        if (BelowMinimum(shape, value))
        {
            ParamValidator.RangeCheck(PathText(), value, shape, _errors, isLength: false);
        }
    }

    private string PathText()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _pathNames.Count; i++)
        {
            if (_pathNames[i] is { } name)
            {
                text.Append('.').Append(name);
            }
            else
            {
                text.Append('[').Append(_pathIndexes[i]).Append(']');
            }
        }
        return text.ToString();
    }
}
