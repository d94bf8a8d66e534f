namespace BotoSharp.Generator;

/// <summary>The tracking name of every pipeline step, so incremental tests can assert what re-ran.</summary>
internal static class TrackingNames
{
    public const string Originals = nameof(Originals);
    public const string Files = nameof(Files);
    public const string Groups = nameof(Groups);
    public const string Services = nameof(Services);
    public const string Options = nameof(Options);
    public const string Parse = nameof(Parse);
    public const string Model = nameof(Model);
    public const string Specs = nameof(Specs);
    public const string Clients = nameof(Clients);
    public const string Emitted = nameof(Emitted);
    public const string Diagnostics = nameof(Diagnostics);
}
