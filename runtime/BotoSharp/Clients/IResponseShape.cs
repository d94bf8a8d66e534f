using BotoSharp.Protocols.Typed.Reading;

namespace BotoSharp.Clients;

/// <summary>A generated output shape: built from the botocore-shaped dictionary, or read straight from the wire.</summary>
/// <typeparam name="TSelf">The generated type itself.</typeparam>
public interface IResponseShape<TSelf>
    where TSelf : IResponseShape<TSelf>
{
    /// <summary>Reads the parsed output (values in the runtime value convention, see <see cref="IRequestShape"/>).</summary>
    static abstract TSelf FromParsed(IReadOnlyDictionary<string, object?> parsed);

    /// <summary>Reads the output from a protocol reader (the typed fast path), with the same values as <see cref="FromParsed"/>.</summary>
    static abstract TSelf ReadFrom(IShapeReader reader);
}
