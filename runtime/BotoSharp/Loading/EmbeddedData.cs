using System.Text.Json.Nodes;

namespace BotoSharp.Loading;

/// <summary>
/// botocore's non-service data files embedded in the runtime (<c>partitions</c>, <c>endpoints</c>,
/// <c>sdk-default-configuration</c>, <c>_retry</c>), so a session needs no files on disk, and the service and
/// rule-set files of the services credential providers call.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>The services whose models are embedded because credential providers call them.</summary>
    public static IReadOnlyList<(string Service, string ApiVersion)> CredentialServices { get; } =
        [("sts", "2011-06-15"), ("sso", "2019-06-10"), ("sso-oidc", "2019-06-10"), ("signin", "2023-01-01")];

    /// <summary>The names of the embedded files, without <c>.json</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "partitions", "endpoints", "sdk-default-configuration", "_retry" }
        .Concat(CredentialServices.SelectMany(s => new[] { $"{s.Service}/{s.ApiVersion}/service-2", $"{s.Service}/{s.ApiVersion}/endpoint-rule-set-1" }))
        .ToArray();

    /// <summary>True when <paramref name="name"/> (e.g. <c>endpoints</c>) is embedded.</summary>
    public static bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The raw UTF-8 JSON text of an embedded file.</summary>
    /// <exception cref="Errors.DataNotFoundError">The name is not embedded.</exception>
    public static string ReadText(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream($"BotoSharp.Data.{name}.json")
            ?? throw new Errors.DataNotFoundError(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A fresh mutable parse of an embedded file (callers may cache it).</summary>
    public static JsonNode Read(string name) =>
        JsonNode.Parse(ReadText(name)) ?? throw new Errors.DataNotFoundError(name);
}
