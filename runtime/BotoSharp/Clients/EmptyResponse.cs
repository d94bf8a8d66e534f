using BotoSharp.Protocols.Typed.Reading;

namespace BotoSharp.Clients;

/// <summary>
/// The output of an operation whose model declares none. botocore still returns <c>ResponseMetadata</c> for such
/// operations, so the parsed dictionary is kept in <see cref="Parsed"/>.
/// </summary>
public sealed class EmptyResponse : IResponseShape<EmptyResponse>
{
    private readonly ResponseMetadata? _metadata;
    private IReadOnlyDictionary<string, object?>? _parsed;

    private EmptyResponse(IReadOnlyDictionary<string, object?> parsed)
    {
        _parsed = parsed;
    }

    private EmptyResponse(ResponseMetadata metadata)
    {
        _metadata = metadata;
    }

    /// <summary>Everything the parser returned (usually only <c>ResponseMetadata</c>).</summary>
    // Built on first use on the typed path, when the retry loop has completed the metadata.
    public IReadOnlyDictionary<string, object?> Parsed => _parsed ??= _metadata!.ToParsed();

    /// <summary>botocore's <c>ResponseMetadata</c> of the call.</summary>
    public ResponseMetadata? ResponseMetadata => _metadata ?? ResponseMetadata.From(Parsed);

    /// <inheritdoc/>
    public static EmptyResponse FromParsed(IReadOnlyDictionary<string, object?> parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new EmptyResponse(parsed);
    }

    /// <inheritdoc/>
    public static EmptyResponse ReadFrom(IShapeReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new EmptyResponse(reader.ResponseMetadata ?? new ResponseMetadata());
    }
}
