using System.Text.Json.Nodes;

namespace BotoSharp.Models;

/// <summary>A structure shape: named members in model order, resolved on first use and cached.</summary>
public sealed class StructureShape : Shape
{
    private IReadOnlyDictionary<string, Shape>? _members;
    private IReadOnlyList<string>? _required;
    private string? _eventStreamName;
    private bool _eventStreamResolved;

    internal StructureShape(string name, JsonObject definition, JsonObject? memberTraits, ShapeResolver resolver)
        : base(name, definition, memberTraits, resolver)
    {
    }

    /// <summary>The members by name, in the order the model lists them.</summary>
    public IReadOnlyDictionary<string, Shape> Members => _members ??= ResolveMembers();

    /// <summary>The member <paramref name="name"/>, found by reference when it is the string it was found with before.</summary>
    internal bool TryGetMemberByLiteral(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Shape shape) =>
        ((OrderedMembers)Members).TryGetByLiteral(name, out shape);

    /// <summary>The names in the <c>required</c> trait (empty when none).</summary>
    public IReadOnlyList<string> RequiredMembers => _required ??= ReadRequired();

    /// <summary>The member carrying the <c>eventstream</c> trait, or null.</summary>
    public override string? EventStreamName
    {
        get
        {
            if (!_eventStreamResolved)
            {
                // A loop: LINQ's FirstOrDefault over the pairs has no precompiled code (JIT-compiled by every process).
                foreach (var (name, member) in Members)
                {
                    if (member.EventStream)
                    {
                        _eventStreamName = name;
                        break;
                    }
                }
                _eventStreamResolved = true;
            }
            return _eventStreamName;
        }
    }

    /// <summary>
    /// The code the service sends for this error shape: <c>error.code</c> when modeled, else the shape name;
    /// null when the shape is not an exception.
    /// </summary>
    public string? ErrorCode
    {
        get
        {
            if (!IsException)
            {
                return null;
            }
            var code = Error?["code"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            return string.IsNullOrEmpty(code) ? Name : code;
        }
    }

    private OrderedMembers ResolveMembers()
    {
        var result = new OrderedMembers();
        if (Trait("members") is JsonObject members)
        {
            foreach (var (memberName, reference) in members)
            {
                result.Add(memberName, Resolver.ResolveShapeRef(reference as JsonObject, Name, memberName));
            }
        }
        return result;
    }

    private List<string> ReadRequired()
    {
        var list = new List<string>();
        if (Trait("required") is JsonArray required)
        {
            foreach (var item in required)
            {
                if (item is JsonValue v && v.TryGetValue<string>(out var s))
                {
                    list.Add(s);
                }
            }
        }
        return list;
    }
}
