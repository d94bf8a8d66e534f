using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Models;

/// <summary>
/// A service description (service-2.json), as botocore's <c>ServiceModel</c>: metadata, operations and shapes, each
/// resolved on first use and cached. The same type serves typed clients (built from the compiled-in compact model)
/// and the dynamic client.
/// </summary>
public sealed class ServiceModel
{
    /// <summary>The protocols BotoSharp speaks, in the fixed priority botocore picks from a <c>protocols</c> list.</summary>
    public static readonly IReadOnlyList<string> PriorityOrderedSupportedProtocols =
        new[] { "json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2" };

    private readonly JsonObject _description;
    private readonly string? _serviceName;
    private readonly ShapeResolver _resolver;
    private readonly ConcurrentDictionary<string, OperationModel> _operations = new(StringComparer.Ordinal);
    private IReadOnlyList<StructureShape>? _errorShapes;
    private Dictionary<string, StructureShape>? _errorCodes;
    private string? _resolvedProtocol;
    private IReadOnlyList<string>? _operationNames;
    private IReadOnlyList<string>? _shapeNames;
    private string? _endpointDiscoveryOperation;
    private bool? _endpointDiscoveryRequired;

    /// <summary>Builds the model over a parsed service description.</summary>
    /// <param name="serviceDescription">The whole service-2 document.</param>
    /// <param name="serviceName">The service name; defaults to <c>metadata.endpointPrefix</c>, as in botocore.</param>
    public ServiceModel(JsonObject serviceDescription, string? serviceName = null)
    {
        _description = serviceDescription ?? throw new ArgumentNullException(nameof(serviceDescription));
        _serviceName = serviceName;
        Metadata = serviceDescription["metadata"] as JsonObject ?? new JsonObject();
        _resolver = new ShapeResolver(serviceDescription["shapes"] as JsonObject ?? new JsonObject());
        SignatureVersion = MetaString("signatureVersion");
    }

    /// <summary>Parses service-2 JSON text and builds the model over it.</summary>
    public static ServiceModel FromJson(string json, string? serviceName = null) =>
        new(JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) as JsonObject
            ?? throw new InvalidShapeError("A service description must be a JSON object."), serviceName);

    /// <summary>The <c>metadata</c> object of the description.</summary>
    public JsonObject Metadata { get; }

    /// <summary>The service name given at construction, else <c>metadata.endpointPrefix</c>.</summary>
    public string ServiceName => _serviceName ?? EndpointPrefix;

    /// <summary><c>metadata.serviceId</c>; a model without it raises <see cref="MissingServiceIdError"/>.</summary>
    public string ServiceId => MetaString("serviceId") ?? throw new MissingServiceIdError(_serviceName);

    /// <summary>botocore's hyphenized service id as event names use it (<c>dynamodb</c>, <c>cloudwatch-logs</c>).</summary>
    internal string EventServiceId
    {
        get
        {
            // Kept with the id it came from: the same id text (memoized per metadata node) gives the same name.
            var id = ServiceId;
            var known = Volatile.Read(ref _eventServiceId);
            if (known is null || !ReferenceEquals(known.Item1, id))
            {
                known = Tuple.Create(id, id.Replace(' ', '-').ToLowerInvariant());
                Volatile.Write(ref _eventServiceId, known);
            }
            return known.Item2;
        }
    }

    private Tuple<string, string>? _eventServiceId;

    /// <summary><c>metadata.signingName</c> as a string, or null when absent; a non-string value throws as <c>GetValue</c> does.</summary>
    internal string? MetadataSigningName => MetaString("signingName") ?? Metadata["signingName"]?.GetValue<string>();

    /// <summary><c>metadata.signingName</c>, else the endpoint prefix.</summary>
    public string SigningName => MetaString("signingName") ?? EndpointPrefix;

    /// <summary><c>metadata.endpointPrefix</c>; required.</summary>
    public string EndpointPrefix => Required("endpointPrefix");

    /// <summary><c>metadata.apiVersion</c>; required.</summary>
    public string ApiVersion => Required("apiVersion");

    /// <summary><c>metadata.protocol</c> (the legacy single protocol); required.</summary>
    public string Protocol => Required("protocol");

    /// <summary><c>metadata.protocols</c>, or an empty list when the model has none.</summary>
    public IReadOnlyList<string> Protocols => Metadata["protocols"] is JsonArray a
        ? a.Select(n => n?.GetValue<string>() ?? string.Empty).ToList()
        : Array.Empty<string>();

    /// <summary>
    /// The protocol to speak: with a non-empty <c>protocols</c> list, the first of
    /// <see cref="PriorityOrderedSupportedProtocols"/> it contains (priority, not model order); otherwise
    /// <c>metadata.protocol</c>. A list with none supported raises <see cref="UnsupportedServiceProtocolsError"/>.
    /// </summary>
    public string ResolvedProtocol => _resolvedProtocol ??= ResolveProtocol();

    /// <summary>The signature version (<c>metadata.signatureVersion</c>); settable, as botocore's is.</summary>
    public string? SignatureVersion { get; set; }

    /// <summary>Whether the model carries <c>awsQueryCompatible</c>.</summary>
    public bool IsQueryCompatible => Metadata.ContainsKey("awsQueryCompatible");

    /// <summary>The service documentation, empty when absent.</summary>
    public string Documentation => _description["documentation"] is JsonValue v ? v.GetValue<string>() : string.Empty;

    /// <summary>Operation names in model order.</summary>
    public IReadOnlyList<string> OperationNames => _operationNames ??= ReadOperationNames();

    // A loop: LINQ over the object's pairs has no precompiled code (JIT-compiled by every process that asks).
    private IReadOnlyList<string> ReadOperationNames()
    {
        if (_description["operations"] is not JsonObject operations)
        {
            return Array.Empty<string>();
        }
        var names = new List<string>(operations.Count);
        foreach (var pair in operations)
        {
            names.Add(pair.Key);
        }
        return names;
    }

    /// <summary>Shape names in model order.</summary>
    public IReadOnlyList<string> ShapeNames => _shapeNames ??= _resolver.ShapeNames.ToList();

    /// <summary>Every structure shape with the <c>exception</c> trait, in model order.</summary>
    public IReadOnlyList<StructureShape> ErrorShapes => _errorShapes ??= ShapeNames
        .Select(n => ShapeFor(n)).OfType<StructureShape>().Where(s => s.IsException).ToList();

    /// <summary>The service's <c>clientContextParams</c>.</summary>
    public IReadOnlyList<ClientContextParameter> ClientContextParameters =>
        (_description["clientContextParams"] as JsonObject)?.Select(p => new ClientContextParameter(
            p.Key,
            p.Value?["type"]?.GetValue<string>() ?? string.Empty,
            p.Value?["documentation"]?.GetValue<string>() ?? string.Empty)).ToList()
        ?? (IReadOnlyList<ClientContextParameter>)Array.Empty<ClientContextParameter>();

    /// <summary>The operation marked <c>endpointoperation</c> (endpoint discovery), or null; computed once, as botocore's cached property.</summary>
    public OperationModel? EndpointDiscoveryOperation
    {
        get
        {
            // Every client creation asks: the traits are read from the operation objects, without an OperationModel each.
            _endpointDiscoveryOperation ??= FirstOperationWith(static op => IsTrue(op["endpointoperation"])) ?? string.Empty;
            return _endpointDiscoveryOperation.Length == 0 ? null : OperationModel(_endpointDiscoveryOperation);
        }
    }

    /// <summary>Whether any operation requires endpoint discovery; computed once, as botocore's cached property.</summary>
    public bool EndpointDiscoveryRequired => _endpointDiscoveryRequired ??=
        FirstOperationWith(static op => op["endpointdiscovery"] is JsonObject discovery && IsTrue(discovery["required"])) is not null;

    /// <summary>The shape of a name; unknown names raise <see cref="NoShapeFoundError"/> naming it.</summary>
    public Shape ShapeFor(string shapeName) => _resolver.GetShapeByName(shapeName);

    /// <summary>The shape of a name with member traits laid over it.</summary>
    public Shape ShapeFor(string shapeName, JsonObject? memberTraits) => _resolver.GetShapeByName(shapeName, memberTraits);

    /// <summary>Resolves a member reference (<c>{"shape": …, traits…}</c>).</summary>
    public Shape ResolveShapeRef(JsonObject reference) => _resolver.ResolveShapeRef(reference, null, null);

    /// <summary>The error shape whose code (<c>error.code</c> or name) is <paramref name="errorCode"/>, or null.</summary>
    public StructureShape? ShapeForErrorCode(string errorCode)
    {
        var codes = _errorCodes;
        if (codes is null)
        {
            codes = new Dictionary<string, StructureShape>(StringComparer.Ordinal);
            foreach (var shape in ErrorShapes)
            {
                codes[shape.ErrorCode!] = shape;
            }
            _errorCodes = codes;
        }
        return codes.TryGetValue(errorCode, out var found) ? found : null;
    }

    /// <summary>The operation of a name; unknown names raise <see cref="OperationNotFoundError"/>.</summary>
    public OperationModel OperationModel(string operationName) =>
        _operations.TryGetValue(operationName, out var known) ? known : AddOperationModel(operationName);

    // Apart so a known operation makes no delegate (the lambda reads this model).
    private OperationModel AddOperationModel(string operationName) => _operations.GetOrAdd(operationName, name =>
        (_description["operations"] as JsonObject)?[name] is JsonObject op
            ? new OperationModel(op, this, name)
            : throw new OperationNotFoundError(name));

    /// <summary>
    /// Sets the endpoint-discovery answers before they are first asked for, when the caller read them from the
    /// unedited document this model's description was made from (<see cref="EndpointDiscoveryTraits"/>).
    /// </summary>
    internal void UseEndpointDiscoveryTraits((string? Operation, bool Required) traits)
    {
        _endpointDiscoveryOperation = traits.Operation ?? string.Empty;
        _endpointDiscoveryRequired = traits.Required;
    }

    // The first operation (model order) whose object satisfies the test, or null.
    private string? FirstOperationWith(Func<JsonObject, bool> test)
    {
        if (_description["operations"] is not JsonObject operations)
        {
            return null;
        }
        foreach (var (name, operation) in operations)
        {
            if (operation is JsonObject op && test(op))
            {
                return name;
            }
        }
        return null;
    }

    private static bool IsTrue(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <inheritdoc />
    public override string ToString() => $"ServiceModel({_serviceName ?? MetaString("endpointPrefix")})";

    private string ResolveProtocol()
    {
        var listed = Protocols;
        if (listed.Count == 0)
        {
            return Protocol;
        }
        foreach (var protocol in PriorityOrderedSupportedProtocols)
        {
            if (listed.Contains(protocol))
            {
                return protocol;
            }
        }
        throw new UnsupportedServiceProtocolsError(
            FormatList(PriorityOrderedSupportedProtocols), ServiceName, FormatList(listed));
    }

    // botocore formats the lists with Python's repr; matching it keeps the error text identical.
    private static string FormatList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => $"'{i}'")) + "]";

    // Every client creation reads a dozen metadata strings of the (process-wide) model, and each read of a parsed node
    // decodes a new string. A JsonValue never changes and an edit to Metadata puts a new node in, so the text read from
    // the node found last time is still that node's text: the same answers, decoded once per node.
    private ConcurrentDictionary<string, Tuple<JsonNode, string?>>? _metaTexts;

    private string? MetaString(string name)
    {
        if (Metadata[name] is not JsonValue node)
        {
            return null;
        }
        var texts = Volatile.Read(ref _metaTexts);
        if (texts is null)
        {
            Interlocked.CompareExchange(ref _metaTexts, new ConcurrentDictionary<string, Tuple<JsonNode, string?>>(StringComparer.Ordinal), null);
            texts = _metaTexts!;
        }
        if (texts.TryGetValue(name, out var known) && ReferenceEquals(known.Item1, node))
        {
            return known.Item2;
        }
        var text = node.TryGetValue<string>(out var s) ? s : null;
        texts[name] = Tuple.Create<JsonNode, string?>(node, text);
        return text;
    }

    private string Required(string name) => MetaString(name)
        ?? throw new UndefinedModelAttributeError($"\"{name}\" not defined in the metadata of the model: {this}");
}
