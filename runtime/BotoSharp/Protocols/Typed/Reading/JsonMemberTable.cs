using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// One structure's members as the JSON reader looks them up, built once per shape: every member by the key botocore
/// reads it from in a JSON object (its <c>locationName</c>, else its name), found from the property name's UTF-8
/// bytes without making a string; and the HTTP-located members (headers, status code) rest-json reads first.
/// </summary>
internal sealed class JsonMemberTable
{
    private static readonly ConditionalWeakTable<StructureShape, JsonMemberTable> s_tables = new();

    private readonly JsonMember[] _members;
    private readonly int[] _buckets;
    private readonly int[] _next;

    private JsonMemberTable(StructureShape shape)
    {
        var members = new List<JsonMember>();
        var located = new List<JsonMember>();
        foreach (var (name, member) in shape.Members)
        {
            var entry = new JsonMember(name, member, Encoding.UTF8.GetBytes(member.LocationName ?? name), members.Count);
            members.Add(entry);
            if (member.Location is "header" or "headers" or "statusCode")
            {
                located.Add(entry);
            }
        }
        _members = members.ToArray();
        Located = located.ToArray();
        // Chained buckets, a power of two at least twice the member count.
        _buckets = new int[Math.Max(4, (int)BitOperations.RoundUpToPowerOf2((uint)_members.Length * 2))];
        _next = new int[_members.Length];
        Array.Fill(_buckets, -1);
        for (var i = _members.Length - 1; i >= 0; i--)
        {
            // Two members under one key both read it in botocore; only the dictionary path does that.
            SharesKeys |= Find(_members[i].Key) is not null;
            ref var bucket = ref _buckets[Hash(_members[i].Key) & (_buckets.Length - 1)];
            _next[i] = bucket;
            bucket = i;
        }
    }

    /// <summary>Whether two members are read from the same JSON key.</summary>
    public bool SharesKeys { get; }

    /// <summary>How many members the structure has (the size of a seen-member set).</summary>
    public int Count => _members.Length;

    /// <summary>Members bound to headers or the status code (read by rest-json before the body).</summary>
    public JsonMember[] Located { get; }

    /// <summary>The table of <paramref name="shape"/>.</summary>
    public static JsonMemberTable For(StructureShape shape) => s_tables.GetValue(shape, s => new JsonMemberTable(s));

    /// <summary>The member keyed by the unescaped UTF-8 property name <paramref name="key"/>, if any.</summary>
    public JsonMember? Find(ReadOnlySpan<byte> key)
    {
        for (var i = _buckets[Hash(key) & (_buckets.Length - 1)]; i >= 0; i = _next[i])
        {
            if (key.SequenceEqual(_members[i].Key))
            {
                return _members[i];
            }
        }
        return null;
    }

    // FNV-1a: property names are short, so a byte loop is cheap and needs no string.
    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = (hash ^ b) * 16777619u;
        }
        return (int)(hash & 0x7fffffff);
    }
}

/// <summary>A member of a <see cref="JsonMemberTable"/>: model name, member shape, JSON key and position.</summary>
internal sealed record JsonMember(string Name, Shape Shape, byte[] Key, int Index);
