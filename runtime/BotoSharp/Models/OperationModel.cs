using System.Text.Json.Nodes;

namespace BotoSharp.Models;

/// <summary>
/// One operation of a service, as botocore's <c>OperationModel</c>: HTTP binding, input/output/error shapes and the
/// operation-level traits (auth, endpoint, context parameters, checksums, compression), resolved lazily.
/// </summary>
public sealed class OperationModel
{
    private readonly JsonObject _model;
    private string[]? _idempotentMembers;
    private Shape? _input;
    private Shape? _output;
    private bool _inputResolved;
    private bool _outputResolved;
    private IReadOnlyList<StructureShape>? _errors;
    private IReadOnlyList<string>? _auth;
    private bool _authResolved;
    private IReadOnlyList<StaticContextParameter>? _staticContext;
    private IReadOnlyList<ContextParameter>? _context;
    private IReadOnlyList<OperationContextParameter>? _operationContext;

    internal OperationModel(JsonObject model, ServiceModel serviceModel, string name)
    {
        _model = model;
        ServiceModel = serviceModel;
        Name = name;
        Http = model["http"] as JsonObject ?? new JsonObject();
    }

    /// <summary>The operation name users call (the key in <c>operations</c>).</summary>
    public string Name { get; }

    /// <summary>The name sent on the wire (<c>name</c> in the model; e.g. CloudFront's dated names).</summary>
    public string WireName => Str(_model, "name") ?? Name;

    /// <summary>The service this operation belongs to.</summary>
    public ServiceModel ServiceModel { get; }

    /// <summary>The service's metadata.</summary>
    public JsonObject Metadata => ServiceModel.Metadata;

    /// <summary>The <c>http</c> trait as written.</summary>
    public JsonObject Http { get; }

    /// <summary>The HTTP method (<c>http.method</c>), POST when absent.</summary>
    public string HttpMethod => Str(Http, "method") ?? "POST";

    /// <summary>The request URI template (<c>http.requestUri</c>), <c>/</c> when absent.</summary>
    public string RequestUri => Str(Http, "requestUri") ?? "/";

    /// <summary>The modeled success status code (<c>http.responseCode</c>), or null.</summary>
    public int? ResponseCode => Http["responseCode"] is JsonValue v && v.TryGetValue<int>(out var c) ? c : null;

    /// <summary>The documentation, empty when absent.</summary>
    public string Documentation => Str(_model, "documentation") ?? string.Empty;

    /// <summary>The <c>deprecated</c> trait.</summary>
    public bool Deprecated => Bool(_model, "deprecated");

    /// <summary>The input shape, or null when the operation takes none.</summary>
    public StructureShape? InputShape => Resolve("input", ref _input, ref _inputResolved) as StructureShape;

    /// <summary>The output shape, or null when the operation returns none.</summary>
    public StructureShape? OutputShape => Resolve("output", ref _output, ref _outputResolved) as StructureShape;

    /// <summary>The modeled error shapes of the operation.</summary>
    public IReadOnlyList<StructureShape> ErrorShapes => _errors ??= (_model["errors"] as JsonArray ?? new JsonArray())
        .Select(e => ServiceModel.ResolveShapeRef((JsonObject)e!)).OfType<StructureShape>().ToList();

    /// <summary>Input members carrying <c>idempotencyToken</c>.</summary>
    /// <remarks>Read once: botocore's <c>generate_idempotent_uuid</c> row asks on every call.</remarks>
    public IReadOnlyList<string> IdempotentMembers =>
        _idempotentMembers ??= MemberNames(InputShape, static member => member.IdempotencyToken);

    /// <summary><c>httpChecksum.requestValidationModeMember</c>, or null (read without building an empty trait object).</summary>
    internal string? RequestValidationModeMember =>
        (_model["httpChecksum"] as JsonObject)?["requestValidationModeMember"]?.GetValue<string>();

    /// <summary>The <c>auth</c> trait (e.g. <c>aws.auth#sigv4</c>), or null when absent.</summary>
    public IReadOnlyList<string>? Auth
    {
        get
        {
            if (!_authResolved)
            {
                _auth = _model["auth"] is JsonArray a ? a.Select(n => n!.GetValue<string>()).ToList() : null;
                _authResolved = true;
            }
            return _auth;
        }
    }

    /// <summary>The legacy <c>authtype</c> trait, or null.</summary>
    public string? AuthType => Str(_model, "authtype");

    /// <summary>The <c>unsignedPayload</c> trait.</summary>
    public bool UnsignedPayload => Bool(_model, "unsignedPayload");

    /// <summary>The <c>endpoint</c> trait (<c>hostPrefix</c>), or null.</summary>
    public JsonObject? Endpoint => _model["endpoint"] as JsonObject;

    /// <summary>The <c>endpoint.hostPrefix</c> template, or null.</summary>
    public string? HostPrefix => Endpoint is { } e ? Str(e, "hostPrefix") : null;

    /// <summary>The <c>endpointdiscovery</c> trait (an empty object means enabled but optional), or null.</summary>
    public JsonObject? EndpointDiscovery => _model["endpointdiscovery"] as JsonObject;

    /// <summary>The <c>endpointoperation</c> trait.</summary>
    public bool IsEndpointDiscoveryOperation => Bool(_model, "endpointoperation");

    /// <summary>The <c>staticContextParams</c> entries.</summary>
    public IReadOnlyList<StaticContextParameter> StaticContextParameters => _staticContext ??= ReadStaticContextParameters();

    /// <summary>The <c>contextParam</c> traits of input members.</summary>
    public IReadOnlyList<ContextParameter> ContextParameters => _context ??= ReadContextParameters();

    /// <summary>The <c>operationContextParams</c> entries.</summary>
    public IReadOnlyList<OperationContextParameter> OperationContextParameters => _operationContext ??= ReadOperationContextParameters();

    // The trait lists below are read with loops: LINQ over (name, value) pairs is framework code over a struct that
    // no ReadyToRun image holds, and every process's first call reads them (JIT-compiled, a dozen methods).
    private static string[] MemberNames(StructureShape? shape, Func<Shape, bool> predicate)
    {
        if (shape is null)
        {
            return Array.Empty<string>();
        }
        var names = new List<string>();
        foreach (var (name, member) in shape.Members)
        {
            if (predicate(member))
            {
                names.Add(name);
            }
        }
        return names.Count == 0 ? Array.Empty<string>() : names.ToArray();
    }

    private IReadOnlyList<StaticContextParameter> ReadStaticContextParameters()
    {
        if (_model["staticContextParams"] is not JsonObject entries)
        {
            return Array.Empty<StaticContextParameter>();
        }
        var parameters = new List<StaticContextParameter>(entries.Count);
        foreach (var (name, entry) in entries)
        {
            parameters.Add(new StaticContextParameter(name, Plain(entry?["value"])));
        }
        return parameters;
    }

    private IReadOnlyList<ContextParameter> ReadContextParameters()
    {
        if (InputShape is not { } input)
        {
            return Array.Empty<ContextParameter>();
        }
        var parameters = new List<ContextParameter>();
        foreach (var (name, member) in input.Members)
        {
            if (member.ContextParamName is { } parameter)
            {
                parameters.Add(new ContextParameter(parameter, name));
            }
        }
        return parameters;
    }

    private IReadOnlyList<OperationContextParameter> ReadOperationContextParameters()
    {
        if (_model["operationContextParams"] is not JsonObject entries)
        {
            return Array.Empty<OperationContextParameter>();
        }
        var parameters = new List<OperationContextParameter>(entries.Count);
        foreach (var (name, entry) in entries)
        {
            parameters.Add(new OperationContextParameter(name, Str((JsonObject)entry!, "path") ?? string.Empty));
        }
        return parameters;
    }

    /// <summary>The <c>requestcompression</c> trait (<c>encodings</c>), or null.</summary>
    public JsonObject? RequestCompression => _model["requestcompression"] as JsonObject;

    /// <summary>The <c>httpChecksumRequired</c> trait.</summary>
    public bool HttpChecksumRequired => Bool(_model, "httpChecksumRequired");

    /// <summary>The <c>httpChecksum</c> trait, empty when absent.</summary>
    public JsonObject HttpChecksum => _model["httpChecksum"] as JsonObject ?? new JsonObject();

    /// <summary>The input's event-stream member shape, or null.</summary>
    public Shape? EventStreamInput => EventStreamOf(InputShape);

    /// <summary>The output's event-stream member shape, or null.</summary>
    public Shape? EventStreamOutput => EventStreamOf(OutputShape);

    /// <summary>Whether the input has an event stream.</summary>
    public bool HasEventStreamInput => EventStreamInput is not null;

    /// <summary>Whether the output has an event stream.</summary>
    public bool HasEventStreamOutput => EventStreamOutput is not null;

    /// <summary>The input's blob payload member shape (streamed body), or null.</summary>
    public Shape? StreamingInput => StreamingBodyOf(InputShape);

    /// <summary>The output's blob payload member shape (streamed body), or null.</summary>
    public Shape? StreamingOutput => StreamingBodyOf(OutputShape);

    /// <summary>Whether the input's payload is a blob (botocore's <c>has_streaming_input</c>).</summary>
    public bool HasStreamingInput => StreamingInput is not null;

    /// <summary>Whether the output's payload is a blob (botocore's <c>has_streaming_output</c>).</summary>
    public bool HasStreamingOutput => StreamingOutput is not null;

    /// <summary>Reads any raw operation trait.</summary>
    public JsonNode? Trait(string name) => _model[name];

    /// <inheritdoc />
    public override string ToString() => $"OperationModel(name={Name})";

    private static Shape? EventStreamOf(StructureShape? shape) =>
        shape?.EventStreamName is { } name ? shape.Members[name] : null;

    // botocore calls any blob payload "streaming", whether or not the member has the streaming trait.
    private static Shape? StreamingBodyOf(StructureShape? shape) =>
        shape?.Payload is { } payload && shape.Members.TryGetValue(payload, out var member) && member.TypeName == "blob" ? member : null;

    private Shape? Resolve(string key, ref Shape? cache, ref bool resolved)
    {
        if (!resolved)
        {
            cache = _model[key] is JsonObject reference ? ServiceModel.ResolveShapeRef(reference) : null;
            resolved = true;
        }
        return cache;
    }

    private static object? Plain(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray a => a.Select(n => (object?)n?.GetValue<string>()).ToList(),
        _ => null,
    };

    private static string? Str(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool Bool(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
