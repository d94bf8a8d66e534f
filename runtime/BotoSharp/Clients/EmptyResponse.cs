namespace BotoSharp.Clients;

/// <summary>
/// The output of an operation whose model declares none. botocore still returns <c>ResponseMetadata</c> for such
/// operations, so the parsed dictionary is kept in <see cref="Parsed"/>.
/// </summary>
public sealed class EmptyResponse : IResponseShape<EmptyResponse>
{
    private EmptyResponse(IReadOnlyDictionary<string, object?> parsed)
    {
        Parsed = parsed;
    }

    /// <summary>Everything the parser returned (usually only <c>ResponseMetadata</c>).</summary>
    public IReadOnlyDictionary<string, object?> Parsed { get; }

    /// <summary>botocore's <c>ResponseMetadata</c> of the call.</summary>
    public ResponseMetadata? ResponseMetadata => ResponseMetadata.From(Parsed);

    /// <inheritdoc/>
    public static EmptyResponse FromParsed(IReadOnlyDictionary<string, object?> parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new EmptyResponse(parsed);
    }
}
