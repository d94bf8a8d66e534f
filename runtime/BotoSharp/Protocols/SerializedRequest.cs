namespace BotoSharp.Protocols;

/// <summary>
/// What a protocol serializer produces, as botocore's request dict (<c>url_path</c>, <c>query_string</c>,
/// <c>method</c>, <c>headers</c>, <c>body</c>, <c>host_prefix</c>, <c>auth_path</c>): transport-neutral, so the
/// call path joins it to the resolved endpoint and signs it, and tests compare it field by field.
/// </summary>
public sealed class SerializedRequest
{
    private object? _body = Array.Empty<byte>();

    /// <summary>The HTTP method (POST unless the operation's <c>http.method</c> says otherwise).</summary>
    public string Method { get; set; } = "POST";

    /// <summary>The path (and any query the request URI template carries), before joining the endpoint's path.</summary>
    public string UrlPath { get; set; } = "/";

    private QueryStringCollection? _queryString;

    /// <summary>The query string parameters, ordered, lists repeating the key.</summary>
    /// <remarks>Made on first read: JSON and query-protocol requests never have one.</remarks>
    public QueryStringCollection QueryString => _queryString ??= new();

    /// <summary>Whether any query string parameter was set (without making the collection).</summary>
    internal bool HasQueryString => _queryString is { Count: > 0 };

    /// <summary>The headers, ordered and case-insensitive.</summary>
    public HeaderCollection Headers { get; } = new();

    /// <summary>
    /// The body: a <see cref="byte"/> array (empty when there is none), a <see cref="System.IO.Stream"/> for a
    /// streaming payload the caller supplied, or null. Other types are refused.
    /// </summary>
    public object? Body
    {
        get => _body;
        set => _body = value is null or byte[] or Stream
            ? value
            : throw new ArgumentException("A request body is a byte[], a Stream or null.", nameof(value));
    }

    /// <summary>The expanded <c>endpoint.hostPrefix</c>, prepended to the endpoint host, or null.</summary>
    public string? HostPrefix { get; set; }

    /// <summary>The rendered <c>http.authPath</c> (used instead of the URL path when signing), or null.</summary>
    public string? AuthPath { get; set; }

    /// <summary>The body as bytes when it is a byte array; null for a stream or no body.</summary>
    public byte[]? BodyBytes => _body as byte[];

    /// <summary>Whether the body is non-empty bytes or a stream.</summary>
    public bool HasBody => _body is Stream || (_body is byte[] b && b.Length > 0);
}
