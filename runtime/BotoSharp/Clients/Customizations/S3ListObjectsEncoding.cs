using BotoSharp.Signing;

namespace BotoSharp.Clients.Customizations;

/// <summary>
/// botocore's S3 list-objects key encoding: ListObjects, ListObjectsV2 and ListObjectVersions ask for
/// <c>EncodingType=url</c> when the caller did not (so keys with characters XML cannot carry survive), and the keys
/// in the answer are URL-decoded again (<c>unquote_plus</c>: <c>+</c> is a space) — only when the SDK, not the caller, asked for the encoding.
/// </summary>
internal static class S3ListObjectsEncoding
{
    private const string AutoSetKey = "encoding_type_auto_set";

    // Per operation: the top-level members and the (list, member) pairs S3 returns encoded.
    private static readonly Dictionary<string, (string[] TopLevel, (string List, string Member)[] Nested)> s_encodedMembers = new(StringComparer.Ordinal)
    {
        ["ListObjects"] = (["Delimiter", "Marker", "NextMarker"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        ["ListObjectsV2"] = (["Delimiter", "Prefix", "StartAfter"], [("Contents", "Key"), ("CommonPrefixes", "Prefix")]),
        ["ListObjectVersions"] = (["KeyMarker", "NextKeyMarker", "Prefix", "Delimiter"],
            [("Versions", "Key"), ("DeleteMarkers", "Key"), ("CommonPrefixes", "Prefix")]),
    };

    /// <summary>Before the parameters are serialized: defaults <c>EncodingType</c> to <c>url</c> and remembers doing so.</summary>
    public static void BeforeParameterBuild(string eventServiceId, string operationName, Dictionary<string, object?> parameters, Dictionary<string, object?> context)
    {
        if (eventServiceId == "s3" && s_encodedMembers.ContainsKey(operationName) && !parameters.ContainsKey("EncodingType"))
        {
            context[AutoSetKey] = true;
            parameters["EncodingType"] = "url";
        }
    }

    /// <summary>After the call: URL-decodes the encoded members when the encoding was asked for by <see cref="BeforeParameterBuild"/>.</summary>
    public static void AfterCall(string eventServiceId, string operationName, Dictionary<string, object?> parsed, Dictionary<string, object?> context)
    {
        if (eventServiceId != "s3" || !s_encodedMembers.TryGetValue(operationName, out var members)
            || parsed.GetValueOrDefault("EncodingType") as string != "url" || context.GetValueOrDefault(AutoSetKey) is not true)
        {
            return;
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
            if (parsed.GetValueOrDefault(list) is not List<object?> items)
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
    }
}
