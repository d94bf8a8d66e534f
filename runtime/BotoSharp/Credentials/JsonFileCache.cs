using System.Globalization;
using System.Text.Json;
using BotoSharp.Protocols;

namespace BotoSharp.Auth;

/// <summary>
/// A credential cache of one JSON file per key (<c>&lt;dir&gt;/&lt;key&gt;.json</c>), botocore's <c>JSONFileCache</c>.
/// Over <see cref="DefaultCliCacheDirectory"/> it shares assumed-role credentials with the AWS CLI both ways: same
/// file names, same content (Python's <c>json.dumps</c> of the response, times as <c>%Y-%m-%dT%H:%M:%S%Z</c>).
/// Files are written to a temporary file first and moved into place, readable by the owner only.
/// </summary>
public sealed class JsonFileCache : ICredentialCache
{
    private readonly string _workingDirectory;
    private readonly Func<DateTimeOffset, string> _formatTime;

    /// <summary>Creates a cache over <paramref name="workingDirectory"/> (created on first write).</summary>
    /// <param name="workingDirectory">The folder, e.g. <see cref="DefaultCliCacheDirectory"/>.</param>
    /// <param name="formatTime">How times are written; default botocore's <c>%Y-%m-%dT%H:%M:%S%Z</c> (<c>…UTC</c>).</param>
    public JsonFileCache(string workingDirectory, Func<DateTimeOffset, string>? formatTime = null)
    {
        _workingDirectory = workingDirectory ?? throw new ArgumentNullException(nameof(workingDirectory));
        _formatTime = formatTime ?? FormatWithZoneName;
    }

    /// <summary>The AWS CLI's assume-role cache folder, <c>~/.aws/cli/cache</c>.</summary>
    public static string DefaultCliCacheDirectory(string home) => Path.Combine(home, ".aws", "cli", "cache");

    /// <summary>The file a key is stored in.</summary>
    public string PathFor(string key) => Path.Combine(_workingDirectory, key + ".json");

    /// <inheritdoc/>
    public bool Contains(string key) => File.Exists(PathFor(key));

    /// <inheritdoc/>
    public Dictionary<string, object?> Get(string key)
    {
        try
        {
            return PlainValues.ParseObject(File.ReadAllText(PathFor(key)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new KeyNotFoundException(key, e);
        }
    }

    /// <inheritdoc/>
    public void Set(string key, Dictionary<string, object?> value)
    {
        var text = PythonJsonWriter.Serialize(WithTimesAsText(value));
        Directory.CreateDirectory(_workingDirectory);
        var temporary = Path.Combine(_workingDirectory, Path.GetRandomFileName() + ".tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }
        File.Move(temporary, PathFor(key), overwrite: true);
    }

    /// <summary>botocore's default time format for a UTC time: <c>2026-01-02T03:04:05UTC</c>.</summary>
    public static string FormatWithZoneName(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "UTC";

    private object? WithTimesAsText(object? value) => value switch
    {
        DateTimeOffset time => _formatTime(time),
        IReadOnlyDictionary<string, object?> dict => dict.ToDictionary(p => p.Key, p => WithTimesAsText(p.Value), StringComparer.Ordinal),
        IDictionary<string, object?> dict => dict.ToDictionary(p => p.Key, p => WithTimesAsText(p.Value), StringComparer.Ordinal),
        List<object?> list => list.Select(WithTimesAsText).ToList(),
        _ => value,
    };
}
