using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Differential;

/// <summary>The request one SDK put on the wire, as the differential tests compare it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The full URL.</param>
/// <param name="Headers">Header values by lower-case name.</param>
/// <param name="Body">The body bytes exactly as sent.</param>
public sealed record CapturedRequest(string Method, string Url, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>Reads botocore_request.py's output for one scenario, or throws with botocore's error.</summary>
    public static CapturedRequest FromBotocore(JsonObject result)
    {
        if (result["error"] is { } error)
        {
            throw new InvalidOperationException($"botocore raised {error}: {result["message"]}");
        }
        var headers = result["headers"]!.AsObject().ToDictionary(h => h.Key, h => h.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
        return new CapturedRequest(result["method"]!.GetValue<string>(), result["url"]!.GetValue<string>(), headers,
            Convert.FromBase64String(result["body_base64"]!.GetValue<string>()));
    }

    /// <summary>The header names the Authorization header's SignedHeaders list names (empty when unsigned).</summary>
    public IReadOnlyList<string> SignedHeaders
    {
        get
        {
            if (!Headers.TryGetValue("authorization", out var authorization))
            {
                return Array.Empty<string>();
            }
            var start = authorization.IndexOf("SignedHeaders=", StringComparison.Ordinal);
            if (start < 0)
            {
                return Array.Empty<string>();
            }
            start += "SignedHeaders=".Length;
            var end = authorization.IndexOf(',', start);
            return authorization[start..(end < 0 ? authorization.Length : end)].Split(';');
        }
    }
}
