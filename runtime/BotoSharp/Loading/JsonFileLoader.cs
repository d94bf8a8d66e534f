using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Loading;

/// <summary>
/// botocore's <c>JSONFileLoader</c>: a logical path without extension is looked up as <c>.json</c>, then as
/// <c>.json.gz</c> (gzip over UTF-8). Key order is preserved, as botocore loads into <c>OrderedDict</c>.
/// </summary>
internal static class JsonFileLoader
{
    private static readonly string[] s_extensions = { ".json", ".json.gz" };

    private static readonly JsonNodeOptions s_nodeOptions = new() { PropertyNameCaseInsensitive = false };

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 256 };

    /// <summary>True when <paramref name="pathWithoutExtension"/> exists as a <c>.json</c> or <c>.json.gz</c> file.</summary>
    public static bool Exists(string pathWithoutExtension) =>
        s_extensions.Any(ext => File.Exists(pathWithoutExtension + ext));

    /// <summary>The parsed object, or null when neither file exists.</summary>
    /// <exception cref="DataFileParseError">The file exists but cannot be read as a JSON object.</exception>
    public static JsonObject? Load(string pathWithoutExtension)
    {
        foreach (var ext in s_extensions)
        {
            var fullPath = pathWithoutExtension + ext;
            if (File.Exists(fullPath))
            {
                return Parse(fullPath, () => ReadText(fullPath, gzip: ext.EndsWith(".gz", StringComparison.Ordinal)));
            }
        }
        return null;
    }

    /// <summary>Parses <paramref name="readText"/>'s result as a JSON object, reporting failures against <paramref name="sourceName"/>.</summary>
    public static JsonObject Parse(string sourceName, Func<string> readText)
    {
        try
        {
            var node = JsonNode.Parse(readText(), s_nodeOptions, s_documentOptions);
            return node as JsonObject
                ?? throw new DataFileParseError(sourceName, $"expected a JSON object, found {(node is null ? "null" : node.GetValueKind().ToString())}");
        }
        catch (JsonException e)
        {
            throw new DataFileParseError(sourceName, e.Message, e);
        }
        catch (InvalidDataException e)
        {
            throw new DataFileParseError(sourceName, e.Message, e);
        }
        catch (DecoderFallbackException e)
        {
            throw new DataFileParseError(sourceName, e.Message, e);
        }
    }

    private static string ReadText(string fullPath, bool gzip)
    {
        // Strict UTF-8, as botocore's bytes.decode('utf-8'): invalid bytes are an error, not replacement characters.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var file = File.OpenRead(fullPath);
        using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, encoding);
        return reader.ReadToEnd();
    }
}
