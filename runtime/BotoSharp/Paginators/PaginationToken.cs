using System.Text;
using BotoSharp.JmesPath;
using BotoSharp.Protocols;

namespace BotoSharp.Paginators;

/// <summary>
/// botocore's <c>TokenEncoder</c>/<c>TokenDecoder</c>: a resume token is base64 of <c>json.dumps</c> of the next-token
/// dictionary (plus <c>boto_truncate_amount</c>); byte values are base64-encoded and listed in <c>boto_encoded_keys</c>.
/// Tokens are byte-for-byte boto3's, so either side resumes the other's.
/// </summary>
public static class PaginationToken
{
    /// <summary>Encodes a next-token dictionary.</summary>
    public static string Encode(IReadOnlyDictionary<string, object?> token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var paths = new List<object?>();
        var encoded = EncodeBytes(token, new List<object?>(), paths);
        if (paths.Count > 0)
        {
            ((Dictionary<string, object?>)encoded!)["boto_encoded_keys"] = paths;
        }
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(PythonJsonWriter.Serialize(encoded)));
    }

    /// <summary>Decodes a token; null when it is not base64 JSON (botocore then tries the old <c>___</c> format).</summary>
    public static Dictionary<string, object?>? TryDecode(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        string json;
        try
        {
            json = new UTF8Encoding(false, true).GetString(Convert.FromBase64String(token));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
        if (!PythonJsonReader.TryParse(json, out var value) || value is not Dictionary<string, object?> decoded)
        {
            return null;
        }
        if (decoded.Remove("boto_encoded_keys", out var keys) && keys is List<object?> paths)
        {
            foreach (var path in paths.OfType<List<object?>>())
            {
                SetAt(decoded, path, Convert.FromBase64String((string)GetAt(decoded, path)!));
            }
        }
        return decoded;
    }

    private static object? EncodeBytes(object? value, List<object?> path, List<object?> paths)
    {
        switch (value)
        {
            case byte[] bytes:
                paths.Add(new List<object?>(path));
                return Convert.ToBase64String(bytes);
            case IReadOnlyDictionary<string, object?> map:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, item) in map)
                {
                    path.Add(key);
                    copy[key] = EncodeBytes(item, path, paths);
                    path.RemoveAt(path.Count - 1);
                }
                return copy;
            case List<object?> list:
                var items = new List<object?>(list.Count);
                for (int i = 0; i < list.Count; i++)
                {
                    path.Add((long)i);
                    items.Add(EncodeBytes(list[i], path, paths));
                    path.RemoveAt(path.Count - 1);
                }
                return items;
            default:
                return value;
        }
    }

    private static object? GetAt(object? data, List<object?> path)
    {
        foreach (var step in path)
        {
            data = step is string key ? ((Dictionary<string, object?>)data!)[key] : ((List<object?>)data!)[(int)(long)step!];
        }
        return data;
    }

    private static void SetAt(object data, List<object?> path, object value)
    {
        var container = GetAt(data, path.GetRange(0, path.Count - 1));
        if (path[^1] is string key)
        {
            ((Dictionary<string, object?>)container!)[key] = value;
        }
        else
        {
            ((List<object?>)container!)[(int)(long)path[^1]!] = value;
        }
    }
}
