using System;
using System.Linq;
using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Parse;

namespace BotoSharp.Generator.Model;

internal sealed partial class ModelBuilder
{
    private StructureSpec[] BuildStructures()
    {
        var inputs = InputShapes();
        var streamingOutputs = StreamingOutputs();
        var outputs = OutputShapes();
        return _structureTypes
            .OrderBy(s => s.Value, StringComparer.Ordinal)
            .Select(s =>
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var shape = _shapes[s.Key];
                var fallback = shape.EventStream
                    ? $"An event of the {shape.Name} event stream: exactly one member is set, the event's type."
                    : shape.Union
                        ? $"The {shape.Name} union: set exactly one member."
                        : $"The {shape.Name} structure.";
                return new StructureSpec(
                    s.Value,
                    shape.Name,
                    Documentation.ToLines(shape.Documentation, fallback),
                    ObsoleteMessage(shape.Deprecated, shape.DeprecatedMessage),
                    shape.Union || shape.EventStream,
                    Members(shape, inputs.Contains(shape.Name)),
                    DisposedMembers(shape, streamingOutputs.Contains(shape.Name)),
                    outputs.Contains(shape.Name));
            })
            .ToArray();
    }

    private EquatableArray<string> DisposedMembers(RawShape shape, bool isStreamingOutput) => isStreamingOutput
        ? EquatableArray.From(shape.Members.Select((m, i) => (m, i)).Where(x => OwnsResponseBody(x.m)).Select(x => _memberNames[shape.Name][x.i]))
        : EquatableArray<string>.Empty;

    private EnumSpec BuildEnum(RawShape shape, string typeName) => new EnumSpec(
        typeName,
        shape.Name,
        Documentation.ToLines(shape.Documentation, $"The {shape.Name} values. The set is open: values the model does not list are kept as they are."),
        ObsoleteMessage(shape.Deprecated, shape.DeprecatedMessage),
        new EquatableArray<EnumValueSpec>(_enumValues[shape.Name]));

    // botocore maps each code to the last error shape declaring it (model order); the others still get a type.
    private ErrorSpec[] BuildErrors()
    {
        var owners = new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shape in _raw.Shapes.Where(s => _errorTypes.ContainsKey(s.Name)))
        {
            owners[shape.ErrorCode ?? shape.Name] = shape.Name;
        }
        var properties = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal)
        {
            "Create", "Instance", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
        };
        return _errorTypes
            .OrderBy(e => e.Value, StringComparer.Ordinal)
            .Select(e =>
            {
                var shape = _shapes[e.Key];
                var code = shape.ErrorCode ?? shape.Name;
                return BuildError(shape, e.Value, code, owners[code] == shape.Name, Naming.Unique(e.Value, "Error", properties));
            })
            .ToArray();
    }

    private ErrorSpec BuildError(RawShape shape, string typeName, string code, bool ownsCode, string property) => new ErrorSpec(
        typeName,
        shape.Name,
        code,
        ownsCode,
        property,
        Documentation.ToLines(shape.Documentation, $"The {shape.Name} error."),
        ObsoleteMessage(shape.Deprecated, shape.DeprecatedMessage),
        Members(shape, false));

    private EquatableArray<MemberSpec> Members(RawShape shape, bool enforceRequired)
    {
        var names = _memberNames[shape.Name];
        var required = new System.Collections.Generic.HashSet<string>(shape.Required, StringComparer.Ordinal);
        var members = new MemberSpec[shape.Members.Count];
        for (var i = 0; i < members.Length; i++)
        {
            var member = shape.Members[i];
            var isRequired = required.Contains(member.Name);
            var docs = Documentation.ToLines(member.Documentation, $"The {member.Name} member.");
            if (isRequired)
            {
                docs = EquatableArray.From(docs.Concat(new[] { "<para>Required.</para>" }));
            }
            var obsolete = ObsoleteMessage(member.Deprecated, member.DeprecatedMessage);
            members[i] = new MemberSpec(
                names[i],
                member.Name,
                docs,
                obsolete,
                isRequired,
                enforceRequired && isRequired && obsolete is null,
                IsEventStream(member) && !enforceRequired
                    ? EventStreamValue(member.Shape)
                    : Value(member.Shape, shape.Name + "." + member.Name, member.Streaming, 0));
        }
        return new EquatableArray<MemberSpec>(members);
    }

    // The C# type and conversion of a reference; a missing shape is reported once per reference and typed as object.
    private ValueSpec Value(RawRef reference, string owner, bool streaming, int depth)
    {
        if (!_shapes.TryGetValue(reference.Name, out var shape))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingShape, reference.Location, reference.Name, owner, _raw.ServiceName));
            return new ValueSpec(ValueKind.Document, "object", null);
        }
        if (depth > 32)
        {
            return new ValueSpec(ValueKind.Document, "object", null);
        }
        switch (shape.Type)
        {
            case "string":
                return _enumTypes.TryGetValue(shape.Name, out var enumType)
                    ? new ValueSpec(ValueKind.Enum, enumType, null)
                    : new ValueSpec(ValueKind.String, "string", null);
            case "integer":
            case "short":
            case "byte":
                return new ValueSpec(ValueKind.Int32, "int", null);
            case "long":
                return new ValueSpec(ValueKind.Int64, "long", null);
            case "float":
                return new ValueSpec(ValueKind.Single, "float", null);
            case "double":
                return new ValueSpec(ValueKind.Double, "double", null);
            case "boolean":
                return new ValueSpec(ValueKind.Boolean, "bool", null);
            case "timestamp":
                return new ValueSpec(ValueKind.Timestamp, _names["DateTimeOffset"], null);
            case "blob":
                return streaming || shape.Streaming
                    ? new ValueSpec(ValueKind.Stream, _names["Stream"], null)
                    : new ValueSpec(ValueKind.Blob, "byte[]", null);
            case "structure" when shape.EventStream:
                // An event stream a request would send (HTTP/2 input streams): botocore cannot send one either.
                return new ValueSpec(ValueKind.Document, "object", null);
            case "structure":
                return _structureTypes.TryGetValue(shape.Name, out var structureType)
                    ? new ValueSpec(ValueKind.Structure, structureType, null)
                    : new ValueSpec(ValueKind.Document, "object", null);
            case "list":
                var element = shape.Member is null
                    ? new ValueSpec(ValueKind.Document, "object", null)
                    : Value(shape.Member, shape.Name + ".member", false, depth + 1);
                return new ValueSpec(ValueKind.List, $"{_names["List"]}<{ElementType(element)}>", element);
            case "map":
                var value = shape.Value is null
                    ? new ValueSpec(ValueKind.Document, "object", null)
                    : Value(shape.Value, shape.Name + ".value", false, depth + 1);
                if (shape.Key is not null && !_shapes.ContainsKey(shape.Key.Name))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingShape, shape.Key.Location, shape.Key.Name, shape.Name + ".key", _raw.ServiceName));
                }
                return new ValueSpec(ValueKind.Map, $"{_names["Dictionary"]}<string, {ElementType(value)}>", value);
            default:
                return new ValueSpec(ValueKind.Document, "object", null);
        }
    }

    // An output's event stream: the runtime's typed stream over the generated union of its events.
    private ValueSpec EventStreamValue(RawRef reference)
    {
        var union = new ValueSpec(ValueKind.Structure, _structureTypes[reference.Name], null);
        return new ValueSpec(ValueKind.EventStream, $"global::BotoSharp.Protocols.EventStreams.EventStream<{union.TypeName}>", union);
    }

    /// <summary>How a value is written as a list element or map value (documents may be null there).</summary>
    internal static string ElementType(ValueSpec value) => value.Kind == ValueKind.Document ? "object?" : value.TypeName;
}
