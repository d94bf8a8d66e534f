using System.IO.Compression;
using System.Text;

namespace BotoSharp.Tests.Loading;

/// <summary>A throw-away data folder for loader tests, deleted on dispose.</summary>
internal sealed class TempDataPath : IDisposable
{
    public TempDataPath()
    {
        Root = Path.Combine(Path.GetTempPath(), "botosharp-loader-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder to use as a search path.</summary>
    public string Root { get; }

    /// <summary>Writes <paramref name="json"/> to <c>{relativePath}.json</c> (or <c>.json.gz</c> when <paramref name="gzip"/>).</summary>
    public TempDataPath Write(string relativePath, string json, bool gzip = false)
    {
        var full = Path.Combine(Root, relativePath) + (gzip ? ".json.gz" : ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (gzip)
        {
            using var file = File.Create(full);
            using var zip = new GZipStream(file, CompressionLevel.Fastest);
            zip.Write(Encoding.UTF8.GetBytes(json));
        }
        else
        {
            File.WriteAllText(full, json);
        }
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would not be.
        }
    }
}
