using BotoSharp.Tests.Support;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using BotoSharp.Models;

namespace BotoSharp.Tests.Protocols.ResponseParsing;

/// <summary>
/// Service models from the installed botocore's <c>data/</c> folder (found by asking python3), newest API version,
/// <c>.json.gz</c> decompressed, as botocore's loader reads them.
/// </summary>
public static class BotocoreData
{
    private static readonly Lazy<string?> s_dataPath = new(() => BotocoreDataFolder.TryPath);
    private static readonly Dictionary<string, ServiceModel> s_models = new(StringComparer.Ordinal);

    /// <summary>The botocore <c>data</c> folder, or null when python3 with botocore is not available.</summary>
    public static string? DataPath => s_dataPath.Value;

    /// <summary>Loads (once) the newest model of a service.</summary>
    public static ServiceModel Service(string serviceName)
    {
        lock (s_models)
        {
            if (!s_models.TryGetValue(serviceName, out var model))
            {
                var root = DataPath ?? throw new InvalidOperationException("botocore's data folder was not found");
                var version = Directory.GetDirectories(Path.Combine(root, serviceName))
                    .Where(d => File.Exists(Path.Combine(d, "service-2.json.gz")) || File.Exists(Path.Combine(d, "service-2.json")))
                    .OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal)
                    .Last();
                var description = JsonNode.Parse(ReadModel(version))!.AsObject();
                // botocore's loader deep-merges service-2.sdk-extras.json (S3's Expires becomes a timestamp there).
                var extras = Path.Combine(version, "service-2.sdk-extras.json");
                if (File.Exists(extras) && JsonNode.Parse(File.ReadAllText(extras))?["merge"] is JsonObject merge)
                {
                    Merge(description, merge);
                }
                model = new ServiceModel(description, serviceName);
                s_models[serviceName] = model;
            }
            return model;
        }
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject nested && target[key] is JsonObject existing)
            {
                Merge(existing, nested);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    private static string ReadModel(string versionFolder)
    {
        var plain = Path.Combine(versionFolder, "service-2.json");
        if (File.Exists(plain))
        {
            return File.ReadAllText(plain);
        }
        using var gzip = new GZipStream(File.OpenRead(plain + ".gz"), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
