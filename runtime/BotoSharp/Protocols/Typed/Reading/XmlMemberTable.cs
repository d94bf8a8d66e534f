using System.Runtime.CompilerServices;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// One structure's members as the XML reader looks them up, built once per shape: body members by the tag botocore
/// keys them under, <c>xmlAttribute</c> members, and the HTTP-located members (headers, status code) of rest-xml.
/// </summary>
internal sealed class XmlMemberTable
{
    private static readonly ConditionalWeakTable<StructureShape, XmlMemberTable> s_tables = new();

    private readonly Dictionary<string, XmlMember> _byTag = new(StringComparer.Ordinal);
    private XmlMember? _firstGuess;

    private XmlMemberTable(StructureShape shape)
    {
        var index = 0;
        var located = new List<XmlMember>();
        var attributes = new List<XmlMember>();
        foreach (var (name, member) in shape.Members)
        {
            var entry = new XmlMember(name, member, index++) { Tag = TagOf(name, member) };
            if (member.Location is "header" or "headers" or "statusCode")
            {
                located.Add(entry);
                continue;
            }
            if (member.Serialization.ContainsKey("eventheader"))
            {
                continue;
            }
            // Two members under one tag both read it in botocore; only the dictionary path does that.
            SharesTags |= !_byTag.TryAdd(entry.Tag, entry);
            if (member.XmlAttribute && member.LocationName is not null)
            {
                attributes.Add(entry);
            }
        }
        Count = index;
        Located = located.ToArray();
        Attributes = attributes.ToArray();
    }

    /// <summary>How many members the structure has (the size of a seen-member set).</summary>
    public int Count { get; }

    /// <summary>Whether two body members are keyed by the same tag.</summary>
    public bool SharesTags { get; }

    /// <summary>Members bound to headers or the status code.</summary>
    public XmlMember[] Located { get; }

    /// <summary>Members read from the element's attributes.</summary>
    public XmlMember[] Attributes { get; }

    /// <summary>The table of <paramref name="shape"/>.</summary>
    public static XmlMemberTable For(StructureShape shape) => s_tables.GetValue(shape, s => new XmlMemberTable(s));

    /// <summary>The member keyed by <paramref name="tag"/> (namespace-stripped), if any.</summary>
    public bool TryGet(string tag, out XmlMember member) => _byTag.TryGetValue(tag, out member!);

    /// <summary>
    /// The member keyed by <paramref name="tag"/> when it came after <paramref name="previous"/> (null: first) in an
    /// element read before, the usual case for repeated structures: one string comparison instead of a hash lookup.
    /// </summary>
    public bool TryGet(string tag, XmlMember? previous, out XmlMember member)
    {
        // Guesses are single references, so threads racing on them only ever miss; a hit is checked by its tag.
        var guess = previous is null ? _firstGuess : previous.NextGuess;
        if (guess is not null && guess.Tag == tag)
        {
            member = guess;
            return true;
        }
        if (!_byTag.TryGetValue(tag, out member!))
        {
            return false;
        }
        if (previous is null)
        {
            _firstGuess = member;
        }
        else
        {
            previous.NextGuess = member;
        }
        return true;
    }

    // A flattened list with a member locationName is keyed by that name in the enclosing structure.
    private static string TagOf(string name, Shape member) =>
        member is ListShape { Flattened: true, Member.LocationName: { } itemName } ? itemName : member.LocationName ?? name;
}

/// <summary>A member of an <see cref="XmlMemberTable"/>: model name, member shape and position (a class, not a record:
/// its guess points at other members, which value equality would walk).</summary>
internal sealed class XmlMember(string name, Shape shape, int index)
{
    /// <summary>The member's name in the model.</summary>
    public string Name { get; } = name;

    /// <summary>The member's shape.</summary>
    public Shape Shape { get; } = shape;

    /// <summary>The member's position in its structure (its index in a seen-member set).</summary>
    public int Index { get; } = index;

    /// <summary>Whether each occurrence of the tag adds to the member (flattened lists and maps).</summary>
    public bool Repeats { get; } = shape is ListShape { Flattened: true } or MapShape { Flattened: true };

    /// <summary>The tag botocore keys the member under.</summary>
    public string Tag { get; init; } = name;

    /// <summary>The member of the same table that followed this one last time (a guess, see <see cref="XmlMemberTable.TryGet(string, XmlMember?, out XmlMember)"/>).</summary>
    public XmlMember? NextGuess { get; set; }
}
