using System.Collections;
using System.Text.Json.Nodes;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Validation;

/// <summary>
/// botocore's <c>ParamValidator</c>: checks input against the input shape before serialization — required members,
/// unknown keys, value types, union arity and only the <c>min</c> constraint (lengths and values; <c>hostLabel</c>
/// members have an implied minimum length of 1). <c>max</c>, <c>pattern</c> and <c>enum</c> are not enforced, as
/// in botocore. Every problem is collected before reporting.
/// </summary>
public sealed class ParamValidator
{
    private static readonly string[] s_floatTypes = { "<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>" };
    private static readonly string[] s_intTypes = { "<class 'int'>" };
    private static readonly string[] s_boolTypes = { "<class 'bool'>" };
    private static readonly string[] s_stringTypes = { "<class 'str'>" };
    private static readonly string[] s_dictTypes = { "<class 'dict'>" };
    private static readonly string[] s_listTypes = { "<class 'list'>", "<class 'tuple'>" };
    private static readonly string[] s_blobTypes = { "<class 'bytes'>", "<class 'bytearray'>", "file-like object" };
    private static readonly string[] s_timestampTypes = { "<class 'datetime.datetime'>", "timestamp-string" };

    /// <summary>Validates parameters against a shape and returns what was found.</summary>
    public ValidationErrors Validate(object? parameters, Shape shape)
    {
        var errors = new ValidationErrors();
        Check(parameters, shape, errors, string.Empty);
        return errors;
    }

    /// <summary>Validates and raises <see cref="Errors.ParamValidationError"/> with botocore's report when anything is wrong.</summary>
    public static void ValidateOrThrow(object? parameters, Shape shape)
    {
        var report = new ParamValidator().Validate(parameters, shape);
        if (report.HasErrors)
        {
            throw new Errors.ParamValidationError(report.GenerateReport());
        }
    }

    /// <summary>Checks one value at the path <paramref name="name"/> (also used by the typed validator for documents).</summary>
    internal void Check(object? value, Shape shape, ValidationErrors errors, string name)
    {
        if (shape.JsonValue && shape.Location == "header" && shape.TypeName == "string")
        {
            if (!JsonText.IsSerializable(value, out var problem))
            {
                errors.NotJsonSerializable(name, problem);
            }
            return;
        }
        if (shape is StructureShape { IsDocument: true })
        {
            CheckDocument(value, errors, name);
            return;
        }
        switch (shape)
        {
            case StructureShape structure:
                CheckStructure(value, structure, errors, name);
                return;
            case ListShape list:
                CheckList(value, list, errors, name);
                return;
            case MapShape map:
                CheckMap(value, map, errors, name);
                return;
        }
        CheckScalar(value, shape, errors, name);
    }

    private void CheckStructure(object? value, StructureShape shape, ValidationErrors errors, string name)
    {
        if (value is not IDictionary<string, object?> dict)
        {
            errors.InvalidType(name, value, s_dictTypes);
            return;
        }
        var members = shape.Members;
        if (shape.IsUnion)
        {
            if (dict.Count == 0)
            {
                errors.EmptyInput(name, members.Keys);
            }
            else if (dict.Count > 1)
            {
                errors.MoreThanOneInput(name, members.Keys);
            }
        }
        // By index: a foreach over the interface boxed the list's enumerator for every structure validated.
        var requiredMembers = shape.RequiredMembers;
        for (var i = 0; i < requiredMembers.Count; i++)
        {
            var required = requiredMembers[i];
            if (!dict.ContainsKey(required))
            {
                errors.MissingRequired(name, required);
            }
        }
        var known = new List<string>();
        foreach (var key in dict.Keys)
        {
            if (members.ContainsKey(key))
            {
                known.Add(key);
            }
            else
            {
                errors.UnknownField(name, key, members.Keys);
            }
        }
        foreach (var key in known)
        {
            Check(dict[key], members[key], errors, $"{name}.{key}");
        }
    }

    private void CheckList(object? value, ListShape shape, ValidationErrors errors, string name)
    {
        if (value is not IList list || value is byte[])
        {
            errors.InvalidType(name, value, s_listTypes);
            return;
        }
        RangeCheck(name, list.Count, shape, errors, isLength: true);
        var member = shape.Member;
        var scalarTypes = ScalarTypes(member.TypeName);
        // botocore type-checks plain scalar elements in one pass and recurses only for constrained ones.
        if (scalarTypes is not null && !HasConstraints(member))
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!IsScalarOf(member.TypeName, list[i]))
                {
                    errors.InvalidType($"{name}[{i}]", list[i], scalarTypes);
                }
            }
            return;
        }
        for (var i = 0; i < list.Count; i++)
        {
            Check(list[i], member, errors, $"{name}[{i}]");
        }
    }

    private void CheckMap(object? value, MapShape shape, ValidationErrors errors, string name)
    {
        if (value is not IDictionary<string, object?> dict)
        {
            errors.InvalidType(name, value, s_dictTypes);
            return;
        }
        foreach (var (key, item) in dict)
        {
            Check(key, shape.Key, errors, $"{name} (key: {key})");
            Check(item, shape.Value, errors, $"{name}.{key}");
        }
    }

    private static void CheckScalar(object? value, Shape shape, ValidationErrors errors, string name)
    {
        switch (shape.TypeName)
        {
            case "blob":
                if (!ValueConversions.IsBlob(value))
                {
                    errors.InvalidType(name, value, s_blobTypes);
                }
                return;
            case "timestamp":
                if (Timestamps.TryToUtc(value) is null)
                {
                    errors.InvalidType(name, value, s_timestampTypes);
                }
                return;
        }
        var types = ScalarTypes(shape.TypeName);
        if (types is null)
        {
            return;
        }
        if (!IsScalarOf(shape.TypeName, value))
        {
            errors.InvalidType(name, value, types);
            return;
        }
        switch (shape.TypeName)
        {
            case "string":
                RangeCheck(name, ((string)value!).Length, shape, errors, isLength: true);
                break;
            case "integer" or "long" or "float" or "double":
                RangeCheck(name, value!, shape, errors, isLength: false);
                break;
        }
    }

    private static void CheckDocument(object? value, ValidationErrors errors, string name)
    {
        switch (value)
        {
            case null:
                return;
            case IDictionary<string, object?> dict:
                foreach (var (key, item) in dict)
                {
                    CheckDocument(item, errors, key);
                }
                return;
            case IList list when value is not byte[]:
                for (var i = 0; i < list.Count; i++)
                {
                    CheckDocument(list[i], errors, $"{name}[{i}]");
                }
                return;
            case string or bool or double or float:
                return;
        }
        if (!ValueConversions.IsInteger(value))
        {
            errors.InvalidDocumentType(name, value);
        }
    }

    internal static void RangeCheck(string name, object value, Shape shape, ValidationErrors errors, bool isLength)
    {
        object? min = shape.Trait("min") is JsonValue v ? (v.TryGetValue<long>(out var l) ? l : v.TryGetValue<double>(out var d) ? d : null) : null;
        if (min is null && shape.HostLabel)
        {
            min = 1L;
        }
        if (min is null || ValueConversions.ToDouble(value) >= ValueConversions.ToDouble(min))
        {
            return;
        }
        if (isLength)
        {
            errors.InvalidLength(name, ValueConversions.ToInt64(value), min);
        }
        else
        {
            errors.InvalidRange(name, value, min);
        }
    }

    internal static bool HasConstraints(Shape shape) =>
        shape.HasTrait("required") || shape.HasTrait("min") || shape.HasTrait("document") || shape.HasTrait("union");

    internal static string[]? ScalarTypes(string typeName) => typeName switch
    {
        "float" or "double" => s_floatTypes,
        "integer" or "long" => s_intTypes,
        "boolean" => s_boolTypes,
        "string" => s_stringTypes,
        _ => null,
    };

    private static bool IsScalarOf(string typeName, object? value) => typeName switch
    {
        "float" or "double" => ValueConversions.IsNumber(value),
        "integer" or "long" => ValueConversions.IsInteger(value),
        "boolean" => value is bool,
        "string" => value is string,
        _ => true,
    };
}
