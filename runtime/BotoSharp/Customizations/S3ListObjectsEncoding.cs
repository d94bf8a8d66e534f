using BotoSharp.Http;

namespace BotoSharp.Customizations;

/// <summary>
/// botocore's S3 list-objects key encoding: ListObjects, ListObjectsV2 and ListObjectVersions ask for
/// <c>EncodingType=url</c> when the caller did not (so keys with characters XML cannot carry survive), and the keys
/// in the answer are URL-decoded again (<c>unquote_plus</c>: <c>+</c> is a space) — only when the SDK, not the caller, asked for the encoding.
/// </summary>
public static class S3ListObjectsEncoding
{
    private const string AutoSetKey = "encoding_type_auto_set";

    // Per operation: the top-level members and the (list, member) pairs S3 returns encoded. A class value, not a
    // tuple: a dictionary of tuples is framework code no ReadyToRun image holds, and these rows are laid out by
    // every process (JIT-compiled for nothing in a process that never calls S3).
    private static readonly Dictionary<string, EncodedMembers> s_encodedMembers = new(StringComparer.Ordinal)
    {
        ["ListObjects"] = new(["Delimiter", "Marker", "NextMarker"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        ["ListObjectsV2"] = new(["Delimiter", "Prefix", "StartAfter"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        ["ListObjectVersions"] = new(["KeyMarker", "NextKeyMarker", "Prefix", "Delimiter"],
            [("Versions", "Key"), ("DeleteMarkers", "Key"), ("CommonPrefixes", "Prefix")]),
    };

    private sealed record EncodedMembers(string[] TopLevel, (string List, string Member)[] Nested);

    /// <summary>The rows: botocore's <c>set_list_objects_encoding_type_url</c> and the three <c>decode_list_object*</c>.</summary>
    public static IEnumerable<HandlerRow> Rows()
    {
        foreach (var operation in s_encodedMembers.Keys)
        {
            yield return new("before-parameter-build.s3." + operation, SetListObjectsEncodingTypeUrl);
        }
        foreach (var operation in s_encodedMembers.Keys)
        {
            yield return new("after-call.s3." + operation, DecodeListObjects);
        }
    }

    /// <summary>Before the parameters are serialized: defaults <c>EncodingType</c> to <c>url</c> and remembers doing so.</summary>
    public static object? SetListObjectsEncodingTypeUrl(IDictionary<string, object?> kwargs)
    {
        var parameters = HandlerArgs.ApiParams(kwargs);
        if (!parameters.ContainsKey("EncodingType"))
        {
            HandlerArgs.Context(kwargs)![AutoSetKey] = true;
            parameters["EncodingType"] = "url";
        }
        return null;
    }

    /// <summary>After the call: URL-decodes the encoded members when the encoding was asked for by <see cref="SetListObjectsEncodingTypeUrl"/>.</summary>
    public static object? DecodeListObjects(IDictionary<string, object?> kwargs)
    {
        var parsed = HandlerArgs.Parsed(kwargs);
        var context = HandlerArgs.Context(kwargs);
        var operationName = HandlerArgs.Model(kwargs).Name;
        if (parsed is null || context is null || !s_encodedMembers.TryGetValue(operationName, out var members)
            || parsed.Get("EncodingType") as string != "url" || context.Get(AutoSetKey) is not true)
        {
            return null;
        }
        foreach (var key in members.TopLevel)
        {
            if (parsed.TryGetValue(key, out var value) && value is string text)
            {
                parsed[key] = AwsUriEncoding.Unquote(text, plusIsSpace: true);
            }
        }
        foreach (var (list, member) in members.Nested)
        {
            if (parsed.Get(list) is not List<object?> items)
            {
                continue;
            }
            foreach (var item in items.OfType<Dictionary<string, object?>>())
            {
                if (item.TryGetValue(member, out var value) && value is string text)
                {
                    item[member] = AwsUriEncoding.Unquote(text, plusIsSpace: true);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The typed form of <see cref="DecodeListObjects"/> (the typed fast path applies it while reading): the same
    /// members, decoded when the SDK asked for the encoding and the answer says <c>EncodingType</c> is <c>url</c>;
    /// null when the row is a no-op for this call.
    /// </summary>
    internal static Protocols.Typed.Reading.StringRewrite? TypedForm(string operationName, IDictionary<string, object?> context) =>
        s_typedForms.TryGetValue(operationName, out var form) && context.Get(AutoSetKey) is true ? form : null;

    private static readonly Func<string, string> s_unquotePlus = text => AwsUriEncoding.Unquote(text, plusIsSpace: true);

    // One immutable typed form per operation, shared by every call.
    private static readonly Dictionary<string, Protocols.Typed.Reading.StringRewrite> s_typedForms = TypedForms();

    private static Dictionary<string, Protocols.Typed.Reading.StringRewrite> TypedForms()
    {
        var forms = new Dictionary<string, Protocols.Typed.Reading.StringRewrite>(StringComparer.Ordinal);
        foreach (var (operation, members) in s_encodedMembers)
        {
            forms[operation] = new Protocols.Typed.Reading.StringRewrite(members.TopLevel, members.Nested, "EncodingType", "url", s_unquotePlus);
        }
        return forms;
    }
}
