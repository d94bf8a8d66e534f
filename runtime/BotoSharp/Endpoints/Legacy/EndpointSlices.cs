using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Legacy;

/// <summary>
/// botocore's <c>endpoints.json</c> as the runtime embeds it, sliced by service (<c>build/update-models.py</c> writes
/// <c>models/endpoints.by-service.jsonl</c>): a first line with the document whose partitions list no services, then
/// one line per service, <c>name&lt;TAB&gt;[its object in each partition, or null]</c>. A client's legacy endpoint
/// needs one service, so creating the first client of a process parses a few kilobytes instead of 1.26 MB; the whole
/// document is rebuilt, with the same keys in the same order, only when the endpoints data itself is asked for.
/// </summary>
internal static class EndpointSlices
{
    private const string ResourceName = "BotoSharp.Data.endpoints.by-service.jsonl";
    private static readonly Lazy<byte[]> s_text = new(Load);

    /// <summary>
    /// A fresh document holding, in each partition that lists it, only <paramref name="serviceName"/>: what
    /// <see cref="LegacyEndpointResolver"/> reads for that service is the same as in the whole file.
    /// </summary>
    public static JsonObject ForService(string serviceName)
    {
        var text = s_text.Value;
        var document = Head(text);
        var line = ServiceLine(text, serviceName);
        if (!line.IsEmpty)
        {
            AddService(document, serviceName, line);
        }
        return document;
    }

    /// <summary>The whole <c>endpoints.json</c> document, as UTF-8 JSON (keys in the file's order).</summary>
    public static byte[] WholeDocument()
    {
        var text = s_text.Value.AsSpan();
        var document = Head(s_text.Value);
        var rest = text[(text.IndexOf((byte)'\n') + 1)..];
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            var tab = line.IndexOf((byte)'\t');
            if (tab <= 0)
            {
                throw new DataFileParseError("endpoints", "a service line has no name");
            }
            AddService(document, Encoding.UTF8.GetString(line[..tab]), line[(tab + 1)..]);
            rest = end < 0 ? default : rest[(end + 1)..];
        }
        var buffer = new ArrayBufferWriter<byte>(text.Length + text.Length / 4);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static JsonObject Head(byte[] text)
    {
        var end = text.AsSpan().IndexOf((byte)'\n');
        return JsonNode.Parse(text.AsSpan(0, end < 0 ? text.Length : end))?.AsObject()
            ?? throw new DataFileParseError("endpoints", "the first line is not a document");
    }

    // The JSON array after "\n<name>\t", up to the end of its line; empty when no partition lists the service.
    private static ReadOnlySpan<byte> ServiceLine(byte[] text, string serviceName)
    {
        Span<byte> key = stackalloc byte[Encoding.UTF8.GetMaxByteCount(serviceName.Length) + 2];
        key[0] = (byte)'\n';
        var length = Encoding.UTF8.GetBytes(serviceName, key[1..]);
        key[length + 1] = (byte)'\t';
        key = key[..(length + 2)];
        var at = text.AsSpan().IndexOf(key);
        if (at < 0)
        {
            return default;
        }
        var line = text.AsSpan(at + key.Length);
        var end = line.IndexOf((byte)'\n');
        return end < 0 ? line : line[..end];
    }

    private static void AddService(JsonObject document, string serviceName, ReadOnlySpan<byte> slicesJson)
    {
        var partitions = document["partitions"]!.AsArray();
        var slices = JsonNode.Parse(slicesJson)?.AsArray()
            ?? throw new DataFileParseError("endpoints", $"the line of {serviceName} is not a list");
        if (slices.Count != partitions.Count)
        {
            throw new DataFileParseError("endpoints", $"the line of {serviceName} has {slices.Count} partitions, not {partitions.Count}");
        }
        // From the end, so each slice is taken out of the list (one parent per node) without shifting the rest.
        for (var i = slices.Count - 1; i >= 0; i--)
        {
            var slice = slices[i];
            slices.RemoveAt(i);
            if (slice is not null)
            {
                partitions[i]!["services"]!.AsObject()[serviceName] = slice;
            }
        }
    }

    private static byte[] Load()
    {
        using var stream = typeof(EndpointSlices).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new DataNotFoundError("endpoints");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
