using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Protocols;

/// <summary>
/// What every protocol parser shares (botocore's <c>ResponseParser</c>): status ≥ 301 is an error; a 5xx with an
/// empty or HTML body is a generic error named by the status; a modeled error shape parses only its members;
/// everything else gets <c>ResponseMetadata</c> with the status and lower-cased headers. Body nodes are whatever
/// the protocol's first-pass decoder yields (plain JSON/CBOR trees, XML elements), walked by shape type.
/// </summary>
public abstract class ResponseParserBase : IProtocolParser
{
    /// <inheritdoc />
    public Dictionary<string, object?> Parse(ProtocolResponse response, OperationModel operation)
    {
        response.OperationName ??= operation.Name;
        response = BufferErrorBody(response);
        var parsed = Parse(response, operation.OutputShape);
        // botocore's endpoint adds modeled error members after parsing: look the code up and parse again.
        if (response.StatusCode >= 300 && parsed.TryGetValue("Error", out var e) && e is IDictionary<string, object?> error
            && error.TryGetValue("Code", out var c) && c is string code
            && operation.ServiceModel.ShapeForErrorCode(code) is { } errorShape)
        {
            foreach (var (key, value) in Parse(response, errorShape))
            {
                parsed[key] = value;
            }
        }
        return parsed;
    }

    /// <inheritdoc />
    public Dictionary<string, object?> Parse(ProtocolResponse response, Shape? shape)
    {
        response = BufferErrorBody(response);
        Dictionary<string, object?> parsed;
        if (response.StatusCode >= 301)
        {
            if (IsGenericErrorResponse(response))
            {
                parsed = GenericErrorParse(response);
            }
            else if (shape is not null && shape.IsException)
            {
                // Modeled fields are merged into an already decorated error, so they carry no metadata.
                return DoModeledErrorParse(response, shape);
            }
            else
            {
                parsed = DoErrorParse(response, shape);
            }
        }
        else
        {
            parsed = DoParse(response, shape);
        }
        if (shape is not null && shape.EventStream)
        {
            return parsed;
        }
        var metadata = parsed.TryGetValue("ResponseMetadata", out var m) && m is Dictionary<string, object?> existing
            ? existing
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        metadata["HTTPStatusCode"] = (long)response.StatusCode;
        metadata["HTTPHeaders"] = response.Headers.ToLowerCaseDictionary();
        if (response.ChecksumAlgorithm is { Length: > 0 } algorithm)
        {
            metadata["ChecksumAlgorithm"] = algorithm;
        }
        parsed["ResponseMetadata"] = metadata;
        return parsed;
    }

    /// <summary>
    /// First-pass decoding of an event-stream message payload (a plain JSON or CBOR tree, an XML element); protocols
    /// without event streams keep the default, which refuses.
    /// </summary>
    protected virtual object? DecodeEventPayload(byte[] payload) =>
        throw new UnsupportedProtocolError(GetType().Name + " (event streams)");

    internal object? DecodeEvent(byte[] payload) => DecodeEventPayload(payload);

    /// <summary>Parses a first-pass node (an event payload, a header value) against <paramref name="shape"/> as this protocol does.</summary>
    internal object? ParseNode(Shape shape, object? node) => ParseShape(shape, node);

    /// <summary>Wraps an event-stream body for lazy parsing by this parser.</summary>
    protected EventStreams.EventStream CreateEventStream(ProtocolResponse response, StructureShape eventStreamShape) =>
        new(response.BodyStream ?? new MemoryStream(response.Body, writable: false), eventStreamShape, this, response.OperationName ?? string.Empty);

    /// <summary>Parses a success response against the output shape (null when the operation has none).</summary>
    protected abstract Dictionary<string, object?> DoParse(ProtocolResponse response, Shape? shape);

    /// <summary>Parses an error response into <c>Error</c> (and <c>ResponseMetadata</c>).</summary>
    protected abstract Dictionary<string, object?> DoErrorParse(ProtocolResponse response, Shape? shape);

    /// <summary>Parses the members of a modeled error shape from an error response.</summary>
    protected abstract Dictionary<string, object?> DoModeledErrorParse(ProtocolResponse response, Shape shape);

    /// <summary>Dispatches on the shape's type to the <c>Handle…</c> methods.</summary>
    protected virtual object? ParseShape(Shape shape, object? node) => shape.TypeName switch
    {
        "structure" => HandleStructure((StructureShape)shape, node),
        "list" => HandleList((ListShape)shape, node),
        "map" => HandleMap((MapShape)shape, node),
        "string" => HandleString(shape, node),
        "blob" => HandleBlob(shape, node),
        "timestamp" => HandleTimestamp(shape, node),
        "boolean" => HandleBoolean(shape, node),
        "integer" or "long" or "short" or "byte" => HandleInteger(shape, node),
        "float" or "double" => HandleFloat(shape, node),
        _ => node,
    };

    /// <summary>Parses a structure node.</summary>
    protected abstract object? HandleStructure(StructureShape shape, object? node);

    /// <summary>Parses a map node.</summary>
    protected abstract object? HandleMap(MapShape shape, object? node);

    /// <summary>Parses a list node: any sequence of nodes, null elements kept (lists are treated as sparse).</summary>
    protected virtual object? HandleList(ListShape shape, object? node)
    {
        var parsed = new List<object?>();
        if (node is System.Collections.IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                parsed.Add(item is null ? null : ParseShape(shape.Member, item));
            }
        }
        return parsed;
    }

    /// <summary>Parses a string node (unchanged by default).</summary>
    protected virtual object? HandleString(Shape shape, object? node) => node;

    /// <summary>Parses a blob node: base64 text decoded to bytes.</summary>
    protected virtual object? HandleBlob(Shape shape, object? node) => node switch
    {
        string s => DecodeBase64(s),
        _ => node,
    };

    /// <summary>Parses a timestamp node: epoch numbers or lenient date strings.</summary>
    protected virtual object? HandleTimestamp(Shape shape, object? node) => node switch
    {
        string s => Timestamps.Parse(s),
        _ when ValueConversions.IsNumber(node) => Timestamps.FromEpochSeconds(ValueConversions.ToDouble(node!)),
        _ => node,
    };

    /// <summary>Parses a boolean node (unchanged by default).</summary>
    protected virtual object? HandleBoolean(Shape shape, object? node) => node;

    /// <summary>Parses an integer node (unchanged by default).</summary>
    protected virtual object? HandleInteger(Shape shape, object? node) => node;

    /// <summary>Parses a float node (unchanged by default).</summary>
    protected virtual object? HandleFloat(Shape shape, object? node) => node;

    /// <summary>
    /// For a union, checks exactly one member is set (else <see cref="ResponseParserError"/>) and returns the tag of
    /// an unknown member, which the caller turns into <c>{"SDK_UNKNOWN_MEMBER": {"name": tag}}</c>; null otherwise.
    /// </summary>
    protected internal static string? UnknownUnionTag(StructureShape shape, IDictionary<string, object?> value)
    {
        if (!shape.IsUnion)
        {
            return null;
        }
        var set = value.Where(p => p.Key != "__type" && p.Value is not null).Select(p => p.Key).ToList();
        if (set.Count != 1)
        {
            throw new ResponseParserError($"Invalid service response: {shape.Name} must have one and only one member set.");
        }
        var known = shape.Members.Select(m => m.Value.LocationName ?? m.Key);
        return known.Contains(set[0]) ? null : set[0];
    }

    /// <summary>The placeholder botocore returns for a union member this model does not know.</summary>
    protected internal static Dictionary<string, object?> UnknownMember(string tag) => new(StringComparer.Ordinal)
    {
        ["SDK_UNKNOWN_MEMBER"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = tag },
    };

    /// <summary>
    /// Applies an <c>x-amzn-query-error: Code;Type</c> header: returns the query code and records the original code
    /// as <c>QueryErrorCode</c> and the fault type as <c>Type</c>; a malformed header leaves the code alone.
    /// </summary>
    protected static string ApplyQueryCompatibleError(string code, ProtocolResponse response, Dictionary<string, object?> error)
    {
        if (!response.Headers.TryGetValue("x-amzn-query-error", out var header))
        {
            return code;
        }
        var parts = header.Split(';');
        if (parts.Length == 2 && parts[0].Length > 0)
        {
            error["QueryErrorCode"] = code;
            error["Type"] = parts[1];
            return parts[0];
        }
        return code;
    }

    /// <summary>Strips a JSON error code to its name: text before the first <c>:</c>, then after the last <c>#</c>.</summary>
    protected static string CleanErrorCode(string code)
    {
        var colon = code.IndexOf(':');
        if (colon >= 0)
        {
            code = code[..colon];
        }
        var hash = code.LastIndexOf('#');
        return hash >= 0 ? code[(hash + 1)..] : code;
    }

    /// <summary>Decodes base64 text, raising <see cref="ResponseParserError"/> for malformed input.</summary>
    protected static byte[] DecodeBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException ex)
        {
            throw new ResponseParserError($"Invalid base64 blob: {ex.Message}", ex);
        }
    }

    // As botocore's endpoint does, an error body is always read in full, even for an operation whose output streams.
    private static ProtocolResponse BufferErrorBody(ProtocolResponse response)
    {
        if (response.StatusCode < 301 || response.BodyStream is not { } stream)
        {
            return response;
        }
        return new ProtocolResponse(response.StatusCode, response.Headers, ValueConversions.ToBytes(stream))
        {
            OperationName = response.OperationName,
            ChecksumAlgorithm = response.ChecksumAlgorithm,
        };
    }

    private static bool IsGenericErrorResponse(ProtocolResponse response)
    {
        if (response.StatusCode < 500)
        {
            return false;
        }
        var body = response.Body.AsSpan().Trim("\t\n\v\f\r "u8);
        return body.Length == 0 || body.StartsWith("<html>"u8);
    }

    private static Dictionary<string, object?> GenericErrorParse(ProtocolResponse response) => new(StringComparer.Ordinal)
    {
        ["Error"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Code"] = response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Message"] = HttpReasonPhrases.For(response.StatusCode),
        },
        ["ResponseMetadata"] = new Dictionary<string, object?>(StringComparer.Ordinal),
    };
}
