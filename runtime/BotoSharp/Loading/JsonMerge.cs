using System.Text.Json.Nodes;

namespace BotoSharp.Loading;

/// <summary>botocore's <c>deep_merge</c>, used to apply sdk-extras files to models.</summary>
internal static class JsonMerge
{
    /// <summary>
    /// Merges <paramref name="extra"/> into <paramref name="target"/> in place: where both sides hold an object the
    /// merge recurses, any other value from <paramref name="extra"/> replaces (lists are replaced, not appended).
    /// Values are deep-cloned because a JSON node can have only one parent.
    /// </summary>
    public static void DeepMerge(JsonObject target, JsonObject extra)
    {
        foreach (var (key, value) in extra)
        {
            if (target[key] is JsonObject targetChild && value is JsonObject extraChild)
            {
                DeepMerge(targetChild, extraChild);
                continue;
            }
            target[key] = value?.DeepClone();
        }
    }
}
