using System;
using System.Collections.Generic;
using System.Linq;
using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Parse;

namespace BotoSharp.Generator.Model;

internal sealed partial class ModelBuilder
{
    private static readonly string[] s_enumReserved =
    {
        "Value", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    // Type names are decided in shape-name order, so a collision always renames the same shape the same way.
    private void NameTypes(HashSet<string> taken, string servicePrefix)
    {
        var referencedErrors = ReferencedErrorShapes();
        foreach (var shape in _raw.Shapes.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (shape.Type == "structure" && shape.Exception)
            {
                var errorName = AvoidRuntimeName(Naming.Pascal(shape.Name, "Error"), servicePrefix);
                _errorTypes[shape.Name] = CheckedUnique(shape, errorName, "Error", taken);
                if (referencedErrors.Contains(shape.Name))
                {
                    _structureTypes[shape.Name] = CheckedUnique(shape, errorName + "Details", "Shape", taken);
                }
            }
            else if (shape.Type == "structure" && !shape.Document)
            {
                _structureTypes[shape.Name] = CheckedUnique(shape, AvoidRuntimeName(Naming.Pascal(shape.Name, "Shape"), servicePrefix), "Shape", taken);
            }
            else if (shape.Type == "string" && !shape.Enum.IsEmpty)
            {
                _enumTypes[shape.Name] = CheckedUnique(shape, AvoidRuntimeName(Naming.Pascal(shape.Name, "Enum"), servicePrefix), "Enum", taken);
            }
        }
    }

    private string CheckedUnique(RawShape shape, string candidate, string suffix, HashSet<string> taken)
    {
        var name = Naming.Unique(candidate, suffix, taken);
        if (!Naming.IsValid(name))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, shape.Location, shape.Name, _raw.ServiceName));
        }
        return name;
    }

    private HashSet<string> ReferencedErrorShapes()
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        void Visit(RawRef? r)
        {
            if (r is not null && _shapes.TryGetValue(r.Name, out var target) && target.Exception)
            {
                referenced.Add(r.Name);
            }
        }
        foreach (var shape in _raw.Shapes)
        {
            foreach (var member in shape.Members)
            {
                Visit(member.Shape);
            }
            Visit(shape.Member);
            Visit(shape.Value);
        }
        foreach (var operation in _raw.Operations)
        {
            Visit(operation.Input);
            Visit(operation.Output);
        }
        return referenced;
    }

    // Members are named once per shape so an error's exception class and its Details class agree.
    private void NameMembers()
    {
        foreach (var shape in _raw.Shapes)
        {
            var isError = _errorTypes.ContainsKey(shape.Name);
            if (!_structureTypes.ContainsKey(shape.Name) && !isError)
            {
                if (_enumTypes.TryGetValue(shape.Name, out var enumType))
                {
                    _enumValues[shape.Name] = NameEnumValues(shape, enumType);
                }
                continue;
            }
            var taken = new HashSet<string>(s_structureReserved, StringComparer.Ordinal);
            if (isError)
            {
                taken.UnionWith(s_errorReserved);
                taken.Add(_errorTypes[shape.Name]);
            }
            if (_structureTypes.TryGetValue(shape.Name, out var typeName))
            {
                taken.Add(typeName);
            }
            var names = new string[shape.Members.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = Naming.Unique(Naming.Pascal(shape.Members[i].Name), "Value", taken);
            }
            _memberNames[shape.Name] = names;
        }
    }

    private EnumValueSpec[] NameEnumValues(RawShape shape, string typeName)
    {
        var taken = new HashSet<string>(s_enumReserved, StringComparer.Ordinal) { typeName };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<EnumValueSpec>();
        foreach (var value in shape.Enum)
        {
            if (seen.Add(value))
            {
                values.Add(new EnumValueSpec(Naming.Unique(Naming.PascalWords(value, "Value"), "Value", taken), value));
            }
        }
        return values.ToArray();
    }
}
