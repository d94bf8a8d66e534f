namespace BotoSharp.Generator.Parse;

/// <summary>The botocore file kinds the generator reads.</summary>
internal enum ModelFileKind
{
    Service,
    ServiceExtras,
    Paginators,
    PaginatorsExtras,
    Waiters,
    WaitersExtras,
    EndpointRuleSet,
}

/// <summary>
/// One model file as the pipeline sees it: path, text and the service-name override from item metadata. Holds the
/// text as a string (never the AdditionalText) so the record compares by value.
/// </summary>
internal sealed record ModelFile(string Path, string Text, string? ServiceNameOverride)
{
    /// <summary>The file kind from its name, or null for a file the generator ignores.</summary>
    public static ModelFileKind? KindOf(string path) => System.IO.Path.GetFileName(path).ToLowerInvariant() switch
    {
        "service-2.json" => ModelFileKind.Service,
        "service-2.sdk-extras.json" => ModelFileKind.ServiceExtras,
        "paginators-1.json" => ModelFileKind.Paginators,
        "paginators-1.sdk-extras.json" => ModelFileKind.PaginatorsExtras,
        "waiters-2.json" => ModelFileKind.Waiters,
        "waiters-2.sdk-extras.json" => ModelFileKind.WaitersExtras,
        "endpoint-rule-set-1.json" => ModelFileKind.EndpointRuleSet,
        _ => null,
    };

    public ModelFileKind Kind => KindOf(Path) ?? ModelFileKind.Service;

    /// <summary>The API version folder (the file's parent folder).</summary>
    public string ApiVersion => FolderName(System.IO.Path.GetDirectoryName(Path)) ?? string.Empty;

    /// <summary>The service name: the metadata override, else the folder above the API version folder.</summary>
    public string ServiceName
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(ServiceNameOverride))
            {
                return ServiceNameOverride!.Trim();
            }
            var versionFolder = System.IO.Path.GetDirectoryName(Path);
            return FolderName(versionFolder is null ? null : System.IO.Path.GetDirectoryName(versionFolder)) ?? "service";
        }
    }

    private static string? FolderName(string? folder) =>
        string.IsNullOrEmpty(folder) ? null : System.IO.Path.GetFileName(folder!.TrimEnd('/', '\\'));
}
