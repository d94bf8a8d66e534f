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

    private XmlMemberTable(StructureShape shape)
    {
        var index = 0;
        var located = new List<XmlMember>();
        var attributes = new List<XmlMember>();
        foreach (var (name, member) in shape.Members)
        {
            var entry = new XmlMember(name, member, index++);
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
            SharesTags |= !_byTag.TryAdd(TagOf(name, member), entry);
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

    // A flattened list with a member locationName is keyed by that name in the enclosing structure.
    private static string TagOf(string name, Shape member) =>
        member is ListShape { Flattened: true, Member.LocationName: { } itemName } ? itemName : member.LocationName ?? name;
}

/// <summary>A member of an <see cref="XmlMemberTable"/>: model name, member shape and position.</summary>
internal sealed record XmlMember(string Name, Shape Shape, int Index)
{
    /// <summary>Whether each occurrence of the tag adds to the member (flattened lists and maps).</summary>
    public bool Repeats { get; } = Shape is ListShape { Flattened: true } or MapShape { Flattened: true };
}
