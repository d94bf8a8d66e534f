using System.Collections.Concurrent;
using System.Text.Json;

namespace BotoSharp.Loading;

/// <summary>
/// The parsed documents of one <see cref="CompiledServiceModel"/>: each is parsed on first request, once per process
/// (the registration is process-wide), thread-safe. The parse keeps no reference to the compiled bytes beyond what
/// <see cref="JsonElement"/> needs, and a failed parse is retried on the next request rather than cached.
/// </summary>
internal sealed class CompiledDocuments
{
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 256 };

    private readonly CompiledServiceModel _model;
    // Lazy over the document (a class) rather than the element (a struct): Lazy<JsonElement?> has no precompiled code,
    // and the first client of every process would JIT-compile it.
    private readonly ConcurrentDictionary<string, Lazy<JsonDocument?>> _parsed = new(StringComparer.Ordinal);

    public CompiledDocuments(CompiledServiceModel model) => _model = model;

    /// <summary>The parsed document, or null when the model has none of that type.</summary>
    public JsonElement? Get(string typeName)
    {
        // Looked up first: every client creation asks, and the factory would be a new closure each time.
        if (!_parsed.TryGetValue(typeName, out var lazy))
        {
            lazy = _parsed.GetOrAdd(typeName, name => new Lazy<JsonDocument?>(() => Parse(name), LazyThreadSafetyMode.ExecutionAndPublication));
        }
        try
        {
            return lazy.Value?.RootElement;
        }
        catch (JsonException)
        {
            _parsed.TryRemove(new KeyValuePair<string, Lazy<JsonDocument?>>(typeName, lazy));
            throw;
        }
    }

    private JsonDocument? Parse(string typeName)
    {
        var bytes = _model.Utf8Bytes(typeName);
        if (bytes is null)
        {
            return null;
        }
        // The document owns the array and is never disposed: its elements stay valid for the process.
        return JsonDocument.Parse(bytes, s_options);
    }
}
