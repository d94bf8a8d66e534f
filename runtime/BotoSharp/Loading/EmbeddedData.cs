using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotoSharp.Loading;

/// <summary>
/// botocore's non-service data files embedded in the runtime (<c>partitions</c>, <c>endpoints</c>,
/// <c>sdk-default-configuration</c>, <c>_retry</c>), so a session needs no files on disk, and the service and
/// rule-set files of the services credential providers call. Each file is parsed once per process
/// (<see cref="Document"/>); every reader wraps that parse in its own lazily materialized, mutable node.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>A service whose model and rule set are embedded.</summary>
    internal sealed record EmbeddedService(string Service, string ApiVersion);

    // Lazy over the document (a class), not the element (a struct): Lazy<JsonElement> has no precompiled code.
    private static readonly ConcurrentDictionary<string, Lazy<JsonDocument>> s_documents = new(StringComparer.Ordinal);

    /// <summary>The services whose models are embedded because credential providers call them.</summary>
    /// <remarks>Records, not value tuples: LINQ over a tuple has no precompiled code (JIT-compiled in every cold process).</remarks>
    public static IReadOnlyList<EmbeddedService> CredentialServices { get; } =
        [new("sts", "2011-06-15"), new("sso", "2019-06-10"), new("sso-oidc", "2019-06-10"), new("signin", "2023-01-01")];

    /// <summary>The names of the embedded files, without <c>.json</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "partitions", "endpoints", "sdk-default-configuration", "_retry" }
        .Concat(CredentialServices.SelectMany(s => new[] { $"{s.Service}/{s.ApiVersion}/service-2", $"{s.Service}/{s.ApiVersion}/endpoint-rule-set-1" }))
        .ToArray();

    private const string EndpointsName = "endpoints";

    // Asked several times per client creation.
    private static readonly HashSet<string> s_names = new(Names, StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> (e.g. <c>endpoints</c>) is embedded.</summary>
    public static bool Contains(string name) => s_names.Contains(name);

    /// <summary>The raw UTF-8 JSON text of an embedded file.</summary>
    /// <exception cref="Errors.DataNotFoundError">The name is not embedded.</exception>
    public static string ReadText(string name)
    {
        if (name == EndpointsName)
        {
            return System.Text.Encoding.UTF8.GetString(Endpoints.Legacy.EndpointSlices.WholeDocument());
        }
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream($"BotoSharp.Data.{name}.json")
            ?? throw new Errors.DataNotFoundError(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The embedded file parsed once per process (an immutable element shared by every caller).</summary>
    /// <exception cref="Errors.DataNotFoundError">The name is not embedded.</exception>
    public static JsonElement Document(string name) =>
        s_documents.GetOrAdd(name, n => new Lazy<JsonDocument>(() => Parse(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value.RootElement;

    /// <summary>A fresh mutable node over the embedded file (materialized on first access; callers may cache it).</summary>
    public static JsonNode Read(string name) =>
        JsonObject.Create(Document(name)) ?? throw new Errors.DataNotFoundError(name);

    private static JsonDocument Parse(string name)
    {
        if (name == EndpointsName)
        {
            // Embedded sliced by service; the whole document is rebuilt only for those who ask for it.
            return JsonDocument.Parse(Endpoints.Legacy.EndpointSlices.WholeDocument(), new JsonDocumentOptions { MaxDepth = 256 });
        }
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream($"BotoSharp.Data.{name}.json")
            ?? throw new Errors.DataNotFoundError(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        // The document owns the array and is never disposed: its elements stay valid for the process.
        return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
    }
}
