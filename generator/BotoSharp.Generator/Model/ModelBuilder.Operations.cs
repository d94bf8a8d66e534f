using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Parse;

namespace BotoSharp.Generator.Model;

internal sealed partial class ModelBuilder
{
    private OperationSpec[] BuildOperations(IEnumerable<string> typeNames)
    {
        var methods = new HashSet<string>(StringComparer.Ordinal);
        // A typed presign overload per input type; an input shared by several operations has none (it would be ambiguous).
        var inputUses = _raw.Operations.Where(o => o.Input is not null).GroupBy(o => o.Input!.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var fields = new HashSet<string>(StringComparer.Ordinal);
        // The lazy metadata properties must not hide a type the client names (a shape or a runtime type).
        var properties = new HashSet<string>(typeNames.Concat(ExternalNames.Known), StringComparer.OrdinalIgnoreCase);
        return _raw.Operations
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(op =>
            {
                var pascal = Naming.Pascal(op.Name, "Operation");
                var input = StructureOf(op.Input, op.Name + ".input");
                var output = StructureOf(op.Output, op.Name + ".output");
                var inputType = input is null ? null : _structureTypes[input.Name];
                var errorTypes = op.Errors
                    .Where(e => CheckErrorRef(e, op.Name))
                    .Select(e => _errorTypes[e.Name])
                    .Distinct()
                    .ToArray();
                return new OperationSpec(
                    op.Name,
                    Naming.Unique(pascal + "Async", "Operation", methods),
                    Naming.Unique("s_" + Naming.Camel(pascal) + "Metadata", "Field", fields),
                    Naming.Unique(pascal + "Metadata", "Property", properties),
                    Documentation.ToLines(op.Documentation, $"Calls the {op.Name} operation."),
                    ObsoleteMessage(op.Deprecated, op.DeprecatedMessage),
                    inputType,
                    output is null ? _names["EmptyResponse"] : _structureTypes[output.Name],
                    input is null || input.Required.IsEmpty,
                    input is not null && inputUses[input.Name] == 1,
                    new EquatableArray<string>(errorTypes),
                    Metadata(op, input, output));
            })
            .ToArray();
    }

    private RawShape? StructureOf(RawRef? reference, string owner)
    {
        if (reference is null)
        {
            return null;
        }
        if (!_shapes.TryGetValue(reference.Name, out var shape))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingShape, reference.Location, reference.Name, owner, _raw.ServiceName));
            return null;
        }
        return _structureTypes.ContainsKey(shape.Name) ? shape : null;
    }

    private bool CheckErrorRef(RawRef reference, string operation)
    {
        if (_errorTypes.ContainsKey(reference.Name))
        {
            return true;
        }
        if (!_shapes.ContainsKey(reference.Name))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingShape, reference.Location, reference.Name, operation + ".errors", _raw.ServiceName));
        }
        return false;
    }

    private EquatableArray<MetadataEntry> Metadata(RawOperation op, RawShape? input, RawShape? output)
    {
        var entries = new List<MetadataEntry>
        {
            new MetadataEntry("ServiceName", Literal(_raw.ServiceName)),
            new MetadataEntry("Name", Literal(op.Name)),
            new MetadataEntry("HttpMethod", Literal(op.HttpMethod)),
            new MetadataEntry("RequestUri", Literal(op.RequestUri)),
        };
        void Add(string property, string? literal)
        {
            if (literal is not null)
            {
                entries.Add(new MetadataEntry(property, literal));
            }
        }
        Add("InputShape", op.Input is null ? null : Literal(op.Input.Name));
        Add("OutputShape", op.Output is null ? null : Literal(op.Output.Name));
        Add("HostPrefix", op.HostPrefix is null ? null : Literal(op.HostPrefix));
        Add("Auth", ArrayLiteral(op.Auth));
        Add("AuthType", op.AuthType is null ? null : Literal(op.AuthType));
        Add("HasStreamingInput", HasStreamingMember(input) ? "true" : null);
        Add("HasStreamingOutput", HasStreamingMember(output) ? "true" : null);
        Add("HttpChecksumRequired", op.HttpChecksumRequired ? "true" : null);
        Add("Deprecated", op.Deprecated ? "true" : null);
        Add("IdempotencyTokens", ArrayLiteral(EquatableArray.From(input?.Members.Where(m => m.IdempotencyToken).Select(m => m.Name) ?? Enumerable.Empty<string>())));
        Add("RequestChecksumAlgorithmMember", op.RequestChecksumAlgorithmMember is null ? null : Literal(op.RequestChecksumAlgorithmMember));
        Add("RequestValidationModeMember", op.RequestValidationModeMember is null ? null : Literal(op.RequestValidationModeMember));
        Add("ResponseChecksumAlgorithms", ArrayLiteral(op.ResponseChecksumAlgorithms));
        Add("UnsignedPayload", op.UnsignedPayload ? "true" : null);
        Add("RequestCompressionEncodings", ArrayLiteral(op.RequestCompressionEncodings));
        return EquatableArray.From(entries);
    }

    private bool HasStreamingMember(RawShape? shape) => shape is not null && shape.Members.Any(IsStreaming);

    private static string? ArrayLiteral(EquatableArray<string> values) =>
        values.IsEmpty ? null : "new[] { " + string.Join(", ", values.Select(Literal)) + " }";

    /// <summary>A C# string literal; non-ASCII is escaped so generated files are pure ASCII.</summary>
    internal static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
