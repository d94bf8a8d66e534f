using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Rest;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// Walks a typed rest request's top level and sends each member where botocore's <c>_partition_parameters</c> would:
/// members with a location (URI label, query string, header, header prefix) were already placed from the captured
/// top level, so here they are only checked to be there; a structure payload is written whole; the other members
/// are forwarded into the open body (only when the input has no payload, as botocore ignores them then).
/// </summary>
internal sealed class RestMemberRouter : IShapeWriter, IDisposable
{
    private readonly StructureShape _input;
    private readonly Func<IBodyShapeWriter> _newBody;
    private readonly IReadOnlyDictionary<string, object?> _topLevel;
    private readonly string? _payload;
    private IBodyShapeWriter? _body;

    public RestMemberRouter(StructureShape input, Func<IBodyShapeWriter> newBody, IReadOnlyDictionary<string, object?> topLevel)
    {
        _input = input;
        _newBody = newBody;
        _topLevel = topLevel;
        _payload = input.Payload;
    }

    /// <summary>The written structure payload, when there is one and it was set.</summary>
    public byte[]? PayloadBody { get; private set; }

    /// <summary>Whether any body member was forwarded (the body is then open until <see cref="EndBody"/>).</summary>
    public bool HasBodyMembers { get; private set; }

    /// <summary>Closes the body the forwarded members were written into and returns it.</summary>
    public byte[] EndBody() => _body!.EndBody(_input);

    /// <inheritdoc />
    public void Dispose() => _body?.Dispose();

    /// <summary>Whether a located member was missing from the captured top level (a map of lists in the query string).</summary>
    public bool Incomplete { get; private set; }

    public void String(string member, string? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.String(member, value);
        }
    }

    public void Int32(string member, int? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.Int32(member, value);
        }
    }

    public void Int64(string member, long? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.Int64(member, value);
        }
    }

    public void Single(string member, float? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.Single(member, value);
        }
    }

    public void Double(string member, double? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.Double(member, value);
        }
    }

    public void Boolean(string member, bool? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.Boolean(member, value);
        }
    }

    public void Timestamp(string member, DateTimeOffset? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.Timestamp(member, value);
        }
    }

    public void Blob(string member, byte[]? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.Blob(member, value);
        }
    }

    public void Stream(string member, Stream? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.Stream(member, value);
        }
    }

    public void Document(string member, object? value)
    {
        if (value is not null && ToBody(member))
        {
            Body.Document(member, value);
        }
    }

    public void Structure<T>(string member, T? value)
        where T : class, IRequestShape
    {
        if (value is null)
        {
            return;
        }
        if (member == _payload && _input.Members[member] is StructureShape payload)
        {
            PayloadBody = Body.WritePayload(value, payload);
        }
        else if (ToBody(member))
        {
            Body.Structure(member, value);
        }
    }

    public void List<T>(string member, List<T>? value, Action<IShapeWriter, T> item)
    {
        if (value is not null && ToBody(member))
        {
            Body.List(member, value, item);
        }
    }

    public void Map<T>(string member, Dictionary<string, T>? value, Action<IShapeWriter, T> item)
    {
        if (value is not null && ToBody(member))
        {
            Body.Map(member, value, item);
        }
    }

    // Element calls never reach the router: nested values are written by the body writer.
    public void String(string value) => Unexpected();

    public void Int32(int value) => Unexpected();

    public void Int64(long value) => Unexpected();

    public void Single(float value) => Unexpected();

    public void Double(double value) => Unexpected();

    public void Boolean(bool value) => Unexpected();

    public void Timestamp(DateTimeOffset value) => Unexpected();

    public void Blob(byte[] value) => Unexpected();

    public void Stream(Stream value) => Unexpected();

    public void Document(object? value) => Unexpected();

    public void Structure<T>(T value)
        where T : class, IRequestShape => Unexpected();

    public void List<T>(List<T> value, Action<IShapeWriter, T> item) => Unexpected();

    public void Map<T>(Dictionary<string, T> value, Action<IShapeWriter, T> item) => Unexpected();

    /// <summary>Whether the located member kinds botocore partitions out of the body include <paramref name="location"/>.</summary>
    public static bool IsLocated(string? location) => location is "uri" or "querystring" or "header" or "headers";

    // True when the (non-null) member goes into the open body; located members are checked against the capture.
    private bool ToBody(string member)
    {
        var shape = _input.Members.TryGetValue(member, out var found) ? found : null;
        if (shape is not null && IsLocated(shape.Location))
        {
            Incomplete |= !_topLevel.ContainsKey(member);
            return false;
        }
        if (_payload is not null)
        {
            // A blob or string payload is sent from the capture; any other payload kind goes the dictionary way.
            Incomplete |= member == _payload && !RestSerializerBase.HasStreamingPayload(_input);
            return false;
        }
        if (!HasBodyMembers)
        {
            HasBodyMembers = true;
            Body.BeginBody(_input);
        }
        return true;
    }

    // The protocol's body writer, created on first use.
    private IBodyShapeWriter Body => _body ??= _newBody();

    private static void Unexpected() =>
        throw new InvalidOperationException("An element was written at the top level of a rest request.");
}
