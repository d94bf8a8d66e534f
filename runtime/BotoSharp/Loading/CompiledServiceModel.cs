using System.Text;
using System.Text.Json;

namespace BotoSharp.Loading;

/// <summary>The UTF-8 bytes of a compiled-in JSON document (a <c>u8</c> literal in generated code, so no copy until parsed).</summary>
public delegate ReadOnlySpan<byte> Utf8JsonSource();

/// <summary>
/// A service model compiled into an assembly by the generator, registered at module load so the session finds it
/// without data files: <c>GetServiceModel("s3")</c> reads the service document, and <c>CreateClient("s3")</c>
/// builds the typed client through <see cref="CreateClient"/>. Each document is given as UTF-8 bytes
/// (<see cref="ServiceUtf8"/>, what the generator emits) or as text (<see cref="ServiceJson"/>); either way it is
/// parsed at most once per process (<see cref="Document"/>), and every loader wraps that one parse.
/// </summary>
public sealed class CompiledServiceModel
{
    private readonly CompiledDocuments _documents;
    private Func<string>? _serviceJson;
    private Func<string>? _paginatorsJson;
    private Func<string>? _waitersJson;
    private Func<string>? _endpointRuleSetJson;

    /// <summary>Creates an empty registration (set the members with an object initializer).</summary>
    public CompiledServiceModel() => _documents = new CompiledDocuments(this);

    /// <summary>The service name (the model folder's name, e.g. <c>s3</c>).</summary>
    public required string ServiceName { get; init; }

    /// <summary>The API version folder, e.g. <c>2006-03-01</c>.</summary>
    public required string ApiVersion { get; init; }

    /// <summary>The typed client class.</summary>
    public required Type ClientType { get; init; }

    /// <summary>The compact service-2 JSON as UTF-8 (documentation stripped); this or <see cref="ServiceJson"/> is required.</summary>
    public Utf8JsonSource? ServiceUtf8 { get; init; }

    /// <summary>The paginators-1 JSON as UTF-8, or null.</summary>
    public Utf8JsonSource? PaginatorsUtf8 { get; init; }

    /// <summary>The waiters-2 JSON as UTF-8, or null.</summary>
    public Utf8JsonSource? WaitersUtf8 { get; init; }

    /// <summary>The endpoint-rule-set-1 JSON as UTF-8, or null.</summary>
    public Utf8JsonSource? EndpointRuleSetUtf8 { get; init; }

    /// <summary>The compact service-2 JSON text (from <see cref="ServiceUtf8"/> when only that was given).</summary>
    public Func<string> ServiceJson
    {
        get => _serviceJson ?? TextOf(ServiceUtf8) ?? throw new InvalidOperationException($"The compiled model {ServiceName} has no service document.");
        init => _serviceJson = value;
    }

    /// <summary>The paginators-1 JSON, or null when the service has none.</summary>
    public Func<string>? PaginatorsJson { get => _paginatorsJson ?? TextOf(PaginatorsUtf8); init => _paginatorsJson = value; }

    /// <summary>The waiters-2 JSON, or null when the service has none.</summary>
    public Func<string>? WaitersJson { get => _waitersJson ?? TextOf(WaitersUtf8); init => _waitersJson = value; }

    /// <summary>The endpoint-rule-set-1 JSON, or null when the model came without one (legacy endpoints only).</summary>
    public Func<string>? EndpointRuleSetJson { get => _endpointRuleSetJson ?? TextOf(EndpointRuleSetUtf8); init => _endpointRuleSetJson = value; }

    /// <summary>Builds the typed client over a pipeline.</summary>
    public required Func<IClientPipeline, BaseClient> CreateClient { get; init; }

    /// <summary>
    /// Builds the generated exception for an error code (from <c>error.code</c> or the shape name), or returns null
    /// for a code the model does not declare, so the caller raises a plain <see cref="Errors.ClientError"/>.
    /// </summary>
    public required Func<string, IReadOnlyDictionary<string, object?>, string, Errors.ClientError?> CreateError { get; init; }

    /// <summary>Whether the model has a <paramref name="typeName"/> document (<c>service-2</c>, <c>paginators-1</c>, …).</summary>
    public bool HasDocument(string typeName) => typeName switch
    {
        "service-2" => ServiceUtf8 is not null || _serviceJson is not null,
        "paginators-1" => PaginatorsUtf8 is not null || _paginatorsJson is not null,
        "waiters-2" => WaitersUtf8 is not null || _waitersJson is not null,
        "endpoint-rule-set-1" => EndpointRuleSetUtf8 is not null || _endpointRuleSetJson is not null,
        _ => false,
    };

    /// <summary>
    /// The parsed <paramref name="typeName"/> document, parsed once per process and shared (a <see cref="JsonElement"/>
    /// is immutable; a loader wraps it in its own lazily materialized <c>JsonObject</c>), or null when there is none.
    /// </summary>
    /// <exception cref="JsonException">The compiled document is not valid JSON.</exception>
    public JsonElement? Document(string typeName) => _documents.Get(typeName);

    /// <summary>Reads the UTF-8 bytes of <paramref name="typeName"/>: the u8 source, else the text encoded.</summary>
    internal byte[]? Utf8Bytes(string typeName)
    {
        var (utf8, text) = typeName switch
        {
            "service-2" => (ServiceUtf8, _serviceJson),
            "paginators-1" => (PaginatorsUtf8, _paginatorsJson),
            "waiters-2" => (WaitersUtf8, _waitersJson),
            "endpoint-rule-set-1" => (EndpointRuleSetUtf8, _endpointRuleSetJson),
            _ => (null, null),
        };
        return text is not null ? Encoding.UTF8.GetBytes(text()) : utf8 is not null ? utf8().ToArray() : null;
    }

    private static Func<string>? TextOf(Utf8JsonSource? source) => source is null ? null : () => Encoding.UTF8.GetString(source());
}
