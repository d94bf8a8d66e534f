using BotoSharp.Clients;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// Captures the top level of a typed request as the dictionary path would hold it (strings, <c>long</c>, <c>double</c>,
/// <c>bool</c>, timestamps, blobs, streams, documents, and lists or maps of those), leaving nested structures out.
/// On the typed path this small dictionary is botocore's <c>api_params</c> for everything that reads only the top
/// level: endpoint context parameters, host labels, checksum members, and the builtin parameter rows that may run on
/// it (<see cref="Customizations.TypedParameterRows"/>).
/// </summary>
internal sealed class TopLevelParameterCapture : IShapeWriter
{
    private Dictionary<string, object?> _captured = null!;
    private List<object?>? _list;
    private Dictionary<string, object?>? _map;
    private string? _mapKey;
    private CollectionKind _collection;
    private int _collectionSize;
    private bool _nested;

    /// <summary>For <see cref="ThreadReusable{T}"/>; <see cref="Capture"/> gives it a fresh dictionary per call.</summary>
    public TopLevelParameterCapture()
    {
    }

    /// <summary>The top-level members of <paramref name="request"/> that are set, in model order.</summary>
    public static Dictionary<string, object?> Capture(IRequestShape request)
    {
        var capture = ThreadReusable<TopLevelParameterCapture>.Take();
        var captured = capture._captured = new Dictionary<string, object?>(StringComparer.Ordinal);
        request.WriteTo(capture);
        capture._captured = null!;
        capture._mapKey = null;
        ThreadReusable<TopLevelParameterCapture>.Return(capture);
        return captured;
    }

    public void String(string member, string? value) => Set(member, value);

    public void Int32(string member, int? value) => Set(member, value is { } v ? (long)v : null);

    public void Int64(string member, long? value) => Set(member, value);

    public void Single(string member, float? value) => Set(member, value is { } v ? (double)v : null);

    public void Double(string member, double? value) => Set(member, value);

    public void Boolean(string member, bool? value) => Set(member, value);

    public void Timestamp(string member, DateTimeOffset? value) => Set(member, value);

    public void Blob(string member, byte[]? value) => Set(member, value);

    public void Stream(string member, Stream? value) => Set(member, value);

    public void Document(string member, object? value) => Set(member, value);

    // Nested structures are not captured: nothing that reads the capture looks inside them.
    public void Structure<T>(string member, T? value)
        where T : class, IRequestShape
    {
    }

    public void List<T>(string member, List<T>? value, Action<IShapeWriter, T> item)
    {
        if (value is null)
        {
            return;
        }
        StartCollection(CollectionKind.List, value.Count);
        foreach (var element in value)
        {
            item(this, element);
            if (_nested)
            {
                break;
            }
        }
        if (!_nested)
        {
            _captured[member] = _list ?? new List<object?>(value.Count);
        }
        _list = null;
        _collection = CollectionKind.None;
    }

    public void Map<T>(string member, Dictionary<string, T>? value, Action<IShapeWriter, T> item)
    {
        if (value is null)
        {
            return;
        }
        StartCollection(CollectionKind.Map, value.Count);
        foreach (var (key, element) in value)
        {
            _mapKey = key;
            item(this, element);
            if (_nested)
            {
                break;
            }
        }
        if (!_nested)
        {
            _captured[member] = _map ?? new Dictionary<string, object?>(value.Count, StringComparer.Ordinal);
        }
        _map = null;
        _collection = CollectionKind.None;
    }

    public void String(string value) => Add(value);

    public void Int32(int value) => Add((long)value);

    public void Int64(long value) => Add(value);

    public void Single(float value) => Add((double)value);

    public void Double(double value) => Add(value);

    public void Boolean(bool value) => Add(value);

    public void Timestamp(DateTimeOffset value) => Add(value);

    public void Blob(byte[] value) => Add(value);

    public void Stream(Stream value) => Add(value);

    public void Document(object? value) => Add(value);

    // A collection of containers is left out whole rather than captured in part.
    public void Structure<T>(T value)
        where T : class, IRequestShape => _nested = true;

    public void List<T>(List<T> value, Action<IShapeWriter, T> item) => _nested = true;

    public void Map<T>(Dictionary<string, T> value, Action<IShapeWriter, T> item) => _nested = true;

    private void Set(string member, object? value)
    {
        if (value is not null)
        {
            _captured[member] = value;
        }
    }

    // The list or map is made at its first plain item: a collection of containers (GetItem's Key, a map of
    // structures) is left out at its first item, and nothing was made for it.
    private void StartCollection(CollectionKind kind, int size)
    {
        _collection = kind;
        _collectionSize = size;
        _nested = false;
    }

    private void Add(object? value)
    {
        if (_collection == CollectionKind.List)
        {
            (_list ??= new List<object?>(_collectionSize)).Add(value);
        }
        else if (_collection == CollectionKind.Map)
        {
            (_map ??= new Dictionary<string, object?>(_collectionSize, StringComparer.Ordinal))[_mapKey!] = value;
        }
    }

    private enum CollectionKind
    {
        None,
        List,
        Map,
    }
}
