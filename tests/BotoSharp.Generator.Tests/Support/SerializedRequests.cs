using System.Text;
using BotoSharp.Protocols;

namespace BotoSharp.Generator.Tests.Support;

/// <summary>A serialized request as text (method, path, query, host prefix, auth path, headers, body bytes), for exact comparisons.</summary>
internal static class SerializedRequests
{
    /// <summary>Every field of <paramref name="request"/>, one per line; a seekable stream body is read and rewound.</summary>
    public static string Describe(SerializedRequest request)
    {
        var text = new StringBuilder();
        text.Append(request.Method).Append(' ').Append(request.UrlPath).Append(" ?").AppendLine(request.QueryString.Encode());
        text.Append("host prefix: ").AppendLine(request.HostPrefix ?? "(none)");
        text.Append("auth path: ").AppendLine(request.AuthPath ?? "(none)");
        foreach (var (name, value) in request.Headers)
        {
            text.Append(name).Append(": ").AppendLine(value);
        }
        text.Append("body: ").AppendLine(request.Body switch
        {
            null => "(null)",
            byte[] bytes => Convert.ToBase64String(bytes),
            Stream stream => "stream " + Convert.ToBase64String(Peek(stream)),
            var other => other.GetType().Name,
        });
        return text.ToString();
    }

    /// <summary>The bytes of <paramref name="stream"/> from its position; a seekable stream is left where it was.</summary>
    public static byte[] Peek(Stream stream)
    {
        var start = stream.CanSeek ? stream.Position : -1;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        if (start >= 0)
        {
            stream.Position = start;
        }
        return copy.ToArray();
    }
}
