using System.Globalization;
using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Query;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// Flattens a typed request into the ordered form pairs of the query and ec2 protocols, as
/// <see cref="QueryParameterWriter"/> (and its ec2 variant) does for the dictionary path: dotted names, lists as
/// <c>Name.member.N</c> (query; <c>Name.N</c> when flattened or in ec2), maps as <c>Name.entry.N.key/value</c>, ec2
/// names from <c>queryName</c> or the capitalised <c>locationName</c>, an empty list sent bare in query and left out in
/// ec2, and a repeated key keeping its first position.
/// </summary>
internal sealed class QueryShapeWriter : ModelShapeWriter
{
    private readonly List<KeyValuePair<string, string>> _pairs = new();
    private readonly List<string> _prefixes = new();
    private readonly List<string> _itemPrefixes = new();
    private TimestampPrecision _precision;
    private bool _ec2;

    /// <summary>For <see cref="ThreadReusable{T}"/>; <see cref="Form"/> sets the rest per call.</summary>
    public QueryShapeWriter()
    {
    }

    /// <summary>
    /// The form body of <paramref name="request"/>: <c>Action</c> and <c>Version</c> first, then its pairs as
    /// <paramref name="shape"/> (when the operation has an input), encoded as botocore's prepared request encodes it.
    /// </summary>
    public static byte[] Form(string action, string version, IRequestShape request, StructureShape? shape, TimestampPrecision precision, bool ec2)
    {
        var writer = ThreadReusable<QueryShapeWriter>.Take();
        var pairs = writer._pairs;
        pairs.Add(new("Action", action));
        pairs.Add(new("Version", version));
        if (shape is not null)
        {
            writer._precision = precision;
            writer._ec2 = ec2;
            writer.WriteRoot(request, shape);
        }
        var body = FormEncoding.EncodeUtf8(pairs);
        pairs.Clear();
        ThreadReusable<QueryShapeWriter>.Return(writer);
        return body;
    }

    private string Prefix => _prefixes.Count == 0 ? string.Empty : _prefixes[^1];

    protected override void BeginMember(string name, Shape shape)
    {
        var memberName = SerializedName(shape, name);
        _prefixes.Add(Prefix.Length > 0 ? Prefix + "." + memberName : memberName);
    }

    protected override void EndMember(string name, Shape shape) => _prefixes.RemoveAt(_prefixes.Count - 1);

    protected override void BeginItem(Shape shape)
    {
        var index = (Index + 1).ToString(CultureInfo.InvariantCulture);
        if (Container is MapShape map)
        {
            var entry = _itemPrefixes[^1] + "." + index + ".";
            Set(entry + SerializedName(map.Key, "key"), Key);
            _prefixes.Add(entry + SerializedName(map.Value, "value"));
            return;
        }
        _prefixes.Add(_itemPrefixes[^1] + "." + index);
    }

    protected override void EndItem(Shape shape) => _prefixes.RemoveAt(_prefixes.Count - 1);

    protected override void WriteString(Shape shape, string value) => Set(Prefix, value);

    protected override void WriteInteger(Shape shape, long value) => Set(Prefix, value.ToString(CultureInfo.InvariantCulture));

    protected override void WriteFloat(Shape shape, double value) => Set(Prefix, ValueText.Float(value));

    protected override void WriteBoolean(Shape shape, bool value) => Set(Prefix, value ? "true" : "false");

    protected override void WriteTimestamp(Shape shape, DateTimeOffset value) =>
        Set(Prefix, ValueText.Timestamp(value, shape.TimestampFormat ?? "iso8601", _precision));

    protected override void WriteBlob(Shape shape, byte[] value) => Set(Prefix, Convert.ToBase64String(value));

    // Documents are rare in these protocols: the dictionary path's own writer handles them.
    protected override void WriteDocument(Shape shape, object? value) =>
        (_ec2 ? new Ec2.Ec2ParameterWriter(_precision) : new QueryParameterWriter(_precision)).Write(_pairs, value, shape, Prefix);

    protected override void BeginStructure(StructureShape shape)
    {
    }

    protected override void EndStructure(StructureShape shape)
    {
    }

    protected override void BeginList(ListShape shape, int count)
    {
        var prefix = Prefix;
        if (_ec2)
        {
            _itemPrefixes.Add(prefix);
            return;
        }
        if (count == 0)
        {
            // The query protocol sends an empty list as the bare name with an empty value.
            Set(prefix, string.Empty);
        }
        if (!shape.Flattened)
        {
            _itemPrefixes.Add(prefix + "." + (shape.Member.LocationName ?? "member"));
        }
        else if (shape.Member.LocationName is { Length: > 0 } memberName)
        {
            // A flattened list's member name replaces the last segment of the prefix.
            var lastDot = prefix.LastIndexOf('.');
            _itemPrefixes.Add(lastDot < 0 ? memberName : prefix[..(lastDot + 1)] + memberName);
        }
        else
        {
            _itemPrefixes.Add(prefix);
        }
    }

    protected override void EndList(ListShape shape) => _itemPrefixes.RemoveAt(_itemPrefixes.Count - 1);

    protected override void BeginMap(MapShape shape, int count) => _itemPrefixes.Add(shape.Flattened ? Prefix : Prefix + ".entry");

    protected override void EndMap(MapShape shape) => _itemPrefixes.RemoveAt(_itemPrefixes.Count - 1);

    private string SerializedName(Shape shape, string defaultName)
    {
        if (!_ec2)
        {
            return shape.LocationName ?? defaultName;
        }
        if (shape.QueryName is { } queryName)
        {
            return queryName;
        }
        return shape.LocationName is { Length: > 0 } name ? char.ToUpperInvariant(name[0]) + name[1..] : defaultName;
    }

    // A repeated key keeps its first position, as in botocore's body dict.
    private void Set(string key, string value)
    {
        for (var i = 0; i < _pairs.Count; i++)
        {
            if (_pairs[i].Key == key)
            {
                _pairs[i] = new KeyValuePair<string, string>(key, value);
                return;
            }
        }
        _pairs.Add(new KeyValuePair<string, string>(key, value));
    }
}
