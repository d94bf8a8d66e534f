using BotoSharp.OracleTools;
using System.Diagnostics;
using System.IO.Compression;
using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Tests.Support;

/// <summary>
/// botocore's installed <c>data/</c> folder, decompressed once per process into a temp folder with only the newest
/// API version of each service (the one botocore's loader picks), so each service can be fed to the generator.
/// </summary>
internal static class BotocoreModels
{
    private static readonly Lazy<string> s_folder = new(Extract);

    /// <summary>The decompressed models, <c>&lt;service&gt;/&lt;version&gt;/&lt;file&gt;.json</c>.</summary>
    public static string Folder => s_folder.Value;

    /// <summary>Every service name, sorted.</summary>
    public static IReadOnlyList<string> Services => Directory.EnumerateDirectories(Folder).Select(d => Path.GetFileName(d)!).OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>The model files of one service.</summary>
    public static IReadOnlyList<AdditionalText> FilesOf(string service) => GeneratorHarness.FilesUnder(Path.Combine(Folder, service));

    /// <summary>The size of a service's service-2.json, to find the largest models.</summary>
    public static long SizeOf(string service) =>
        new FileInfo(Directory.GetFiles(Path.Combine(Folder, service), "service-2.json", SearchOption.AllDirectories).Single()).Length;

    private static string DataFolder()
    {
        var fromEnv = Environment.GetEnvironmentVariable("BOTOCORE_DATA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }
        var python = Process.Start(new ProcessStartInfo(OracleEnvironment.Interpreter, "-c \"import botocore,os;print(os.path.join(os.path.dirname(botocore.__file__),'data'))\"")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = python.StandardOutput.ReadToEnd().Trim();
        python.WaitForExit();
        return output;
    }

    private static string Extract()
    {
        var source = DataFolder();
        // One folder per process: two test runs on one machine must not delete each other's models.
        var target = Path.Combine(Path.GetTempPath(), $"botosharp-botocore-models-{Environment.ProcessId}");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(target, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the folder is in the temp directory.
            }
        };
        foreach (var serviceDir in Directory.EnumerateDirectories(source))
        {
            var newest = Directory.EnumerateDirectories(serviceDir)
                .Where(v => File.Exists(Path.Combine(v, "service-2.json.gz")) || File.Exists(Path.Combine(v, "service-2.json")))
                .OrderByDescending(v => Path.GetFileName(v), StringComparer.Ordinal)
                .FirstOrDefault();
            if (newest is null)
            {
                continue;
            }
            var destination = Path.Combine(target, Path.GetFileName(serviceDir), Path.GetFileName(newest));
            Directory.CreateDirectory(destination);
            foreach (var file in Directory.EnumerateFiles(newest))
            {
                var name = Path.GetFileName(file);
                if (name.EndsWith(".json.gz", StringComparison.Ordinal))
                {
                    using var input = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                    using var output = File.Create(Path.Combine(destination, name[..^3]));
                    input.CopyTo(output);
                }
                else if (name.EndsWith(".json", StringComparison.Ordinal))
                {
                    File.Copy(file, Path.Combine(destination, name));
                }
            }
        }
        return target;
    }
}
