using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Rest;

/// <summary>
/// The HTTP-binding half shared by rest-json and rest-xml (botocore's <c>BaseRestSerializer</c>): members go to the
/// URI template, the query string, headers or the body by their <c>location</c>; the body is the <c>payload</c>
/// member (raw for blob/string payloads) or the remaining members, which the subclass encodes.
/// </summary>
public abstract partial class RestSerializerBase : SerializerBase
{
    /// <summary>The default timestamp format in query strings and URI labels.</summary>
    protected const string QueryStringTimestampFormat = "iso8601";

    /// <summary>The default timestamp format in headers.</summary>
    protected const string HeaderTimestampFormat = "rfc822";

    /// <summary>Creates the serializer.</summary>
    protected RestSerializerBase(TimestampPrecision precision)
        : base(precision)
    {
    }

    /// <inheritdoc />
    public override SerializedRequest Serialize(IDictionary<string, object?> parameters, OperationModel operation)
    {
        var request = new SerializedRequest { Method = operation.HttpMethod };
        request.HostPrefix = ExpandHostPrefix(parameters, operation);
        var shape = operation.InputShape;
        if (shape is null)
        {
            request.UrlPath = operation.RequestUri;
            return request;
        }
        var uriParams = new Dictionary<string, string>(StringComparer.Ordinal);
        var bodyParams = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }
            if (!shape.Members.TryGetValue(name, out var member))
            {
                throw new SerializationError($"Unknown parameter \"{name}\" for {shape.Name}.");
            }
            Partition(request, uriParams, bodyParams, name, value, member);
        }
        request.UrlPath = RenderUriTemplate(operation.RequestUri, uriParams);
        if (operation.Http["authPath"] is System.Text.Json.Nodes.JsonValue authPath)
        {
            request.AuthPath = RenderUriTemplate(authPath.GetValue<string>(), uriParams);
        }
        SerializePayload(request, parameters, bodyParams, shape);
        SerializeContentType(request, shape);
        return request;
    }

    /// <summary>Puts one member that has a location (URI label, query string, header or header prefix) on the request.</summary>
    internal void PartitionLocated(SerializedRequest request, Dictionary<string, string> uriParams, string name, object value, Shape member) =>
        Partition(request, uriParams, null!, name, value, member);

    /// <summary>The body sent for an absent structure payload (for the typed serializer).</summary>
    internal byte[] EmptyBody() => SerializeEmptyBody();

    /// <summary>Whether a body-less input still needs the empty body (for the typed serializer).</summary>
    internal bool NeedsEmptyBody(StructureShape shape) => RequiresEmptyBody(shape);

    /// <summary>Sets the protocol's Content-Type (for the typed serializer).</summary>
    internal void ApplyContentType(SerializedRequest request, StructureShape shape) => SerializeContentType(request, shape);

    /// <summary>Encodes body members (or the payload structure) in the protocol's format.</summary>
    protected abstract byte[] SerializeBodyParams(object parameters, Shape shape);

    /// <summary>The body sent for an absent structure payload (empty by default; rest-json sends <c>{}</c>).</summary>
    protected virtual byte[] SerializeEmptyBody() => Array.Empty<byte>();

    /// <summary>Whether a body-less input still needs the empty body (rest-json: when any member has no location).</summary>
    protected virtual bool RequiresEmptyBody(StructureShape shape) => false;

    /// <summary>Sets a Content-Type the protocol wants; none by default.</summary>
    protected virtual void SerializeContentType(SerializedRequest request, StructureShape shape)
    {
    }

    /// <summary>Whether the payload member is a blob or string, sent raw.</summary>
    protected internal static bool HasStreamingPayload(StructureShape shape) =>
        shape.Payload is { } payload && shape.Members.TryGetValue(payload, out var member) && member.TypeName is "blob" or "string";

    /// <summary>
    /// Expands <c>{Name}</c> labels percent-encoded with only <c>-._~</c> safe, and greedy <c>{Name+}</c> labels
    /// keeping <c>/</c> and <c>~</c> as well.
    /// </summary>
    public static string RenderUriTemplate(string template, IReadOnlyDictionary<string, string> parameters)
    {
        // botocore's re.sub(r'{(.*?)}', …): each "{" up to the next "}" on the same line is a label; scanned by hand
        // because this runs on every rest call and the regex's match objects and closure showed in its allocations.
        var open = template.IndexOf('{');
        if (open < 0)
        {
            return template;
        }
        var rendered = new System.Text.StringBuilder(template.Length + 32);
        var copied = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }
            var newline = template.IndexOf('\n', open + 1, close - open - 1);
            if (newline >= 0)
            {
                open = template.IndexOf('{', open + 1);
                continue;
            }
            rendered.Append(template, copied, open - copied).Append(LabelValue(template.Substring(open + 1, close - open - 1), parameters));
            copied = close + 1;
            open = template.IndexOf('{', copied);
        }
        return rendered.Append(template, copied, template.Length - copied).ToString();
    }

    private static string LabelValue(string label, IReadOnlyDictionary<string, string> parameters)
    {
        var greedy = label.EndsWith('+');
        var name = greedy ? label[..^1] : label;
        if (!parameters.TryGetValue(name, out var value))
        {
            throw new ParamValidationError($"Missing required parameter in input: \"{name}\"");
        }
        return AwsUriEncoding.Quote(value, greedy ? "/~" : string.Empty);
    }

    /// <summary>A scalar as it appears in a URI label or query string (booleans lower-case, timestamps ISO 8601, floats in Python form).</summary>
    protected string UriAndQueryStringValue(object value, Shape member) => member.TypeName switch
    {
        "boolean" => ValueConversions.ToPythonString(value).ToLowerInvariant(),
        "timestamp" => ValueConversions.ToPythonString(ConvertTimestamp(value, member.TimestampFormat ?? QueryStringTimestampFormat)),
        "float" or "double" => ValueConversions.ToPythonString(ValueConversions.HandleFloat(value)),
        _ => ValueConversions.ToPythonString(value),
    };

    /// <summary>A value as it appears in a header (see botocore's <c>_convert_header_value</c>).</summary>
    protected string HeaderValue(Shape shape, object value)
    {
        switch (shape.TypeName)
        {
            case "timestamp":
                // Headers always carry whole seconds, whatever the format.
                var seconds = Timestamps.WholeEpochSeconds(Timestamps.ToUtc(value));
                return ValueConversions.ToPythonString(ConvertTimestamp(seconds, shape.TimestampFormat ?? HeaderTimestampFormat));
            case "list":
                var member = ((ListShape)shape).Member;
                var items = new List<string>();
                foreach (var item in ValueConversions.AsList(value, shape.Name))
                {
                    if (item is null)
                    {
                        continue;
                    }
                    items.Add(member.TypeName == "string" ? EscapeHeaderListString(ValueConversions.ToPythonString(item)) : HeaderValue(member, item));
                }
                return string.Join(",", items);
            case "string" when shape.JsonValue:
                return Convert.ToBase64String(PythonJsonWriter.SerializeToUtf8(value, compact: true));
            case "boolean":
                return ValueConversions.ToPythonString(value).ToLowerInvariant();
            case "float" or "double":
                return ValueConversions.ToPythonString(ValueConversions.HandleFloat(value));
            default:
                return ValueConversions.ToPythonString(value);
        }
    }

    private void Partition(SerializedRequest request, Dictionary<string, string> uriParams,
        Dictionary<string, object?> bodyParams, string name, object value, Shape member)
    {
        var keyName = member.LocationName ?? name;
        switch (member.Location)
        {
            case "uri":
                uriParams[keyName] = UriAndQueryStringValue(value, member);
                break;
            case "querystring":
                if (value is IDictionary<string, object?> map)
                {
                    // botocore merges a map's entries as individual keys, values untouched.
                    foreach (var (key, item) in map)
                    {
                        SetQueryValue(request, key, item);
                    }
                }
                else if (member is ListShape list)
                {
                    var values = ValueConversions.AsList(value, member.Name)
                        .Select(v => UriAndQueryStringValue(v!, list.Member)).ToList();
                    request.QueryString.Set(keyName, values);
                }
                else
                {
                    request.QueryString.Set(keyName, UriAndQueryStringValue(value, member));
                }
                break;
            case "header":
                if (member is ListShape && value is System.Collections.ICollection { Count: 0 })
                {
                    return;
                }
                request.Headers.Set(keyName, HeaderValue(member, value));
                break;
            case "headers":
                if (value is IDictionary<string, object?> headers)
                {
                    foreach (var (key, item) in headers)
                    {
                        request.Headers.Set(keyName + key, ValueConversions.ToPythonString(item));
                    }
                }
                break;
            default:
                bodyParams[name] = value;
                break;
        }
    }

    private static void SetQueryValue(SerializedRequest request, string key, object? item)
    {
        if (item is System.Collections.IEnumerable seq and not string)
        {
            request.QueryString.Set(key, seq.Cast<object?>().Select(ValueConversions.ToPythonString).ToList());
        }
        else
        {
            request.QueryString.Set(key, ValueConversions.ToPythonString(item));
        }
    }

    private void SerializePayload(SerializedRequest request, IDictionary<string, object?> parameters,
        Dictionary<string, object?> bodyParams, StructureShape shape)
    {
        var payload = shape.Payload;
        if (HasStreamingPayload(shape))
        {
            var body = parameters.TryGetValue(payload!, out var raw) ? raw : null;
            request.Body = body switch
            {
                null => Array.Empty<byte>(),
                Stream stream => stream,
                _ => ValueConversions.ToBytes(body),
            };
        }
        else if (payload is not null)
        {
            request.Body = parameters.TryGetValue(payload, out var raw) && raw is not null
                ? SerializeBodyParams(raw, shape.Members[payload])
                : SerializeEmptyBody();
        }
        else if (bodyParams.Count > 0)
        {
            request.Body = SerializeBodyParams(bodyParams, shape);
        }
        else if (RequiresEmptyBody(shape))
        {
            request.Body = SerializeEmptyBody();
        }
    }

    private static string EscapeHeaderListString(string value) =>
        value.Contains('"') || value.Contains(',') ? "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : value;
}
