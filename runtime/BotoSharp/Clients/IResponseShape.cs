namespace BotoSharp.Clients;

/// <summary>A generated output shape, built from the botocore-shaped dictionary a protocol parser returns.</summary>
/// <typeparam name="TSelf">The generated type itself.</typeparam>
public interface IResponseShape<TSelf>
    where TSelf : IResponseShape<TSelf>
{
    /// <summary>Reads the parsed output (values in the runtime value convention, see <see cref="IRequestShape"/>).</summary>
    static abstract TSelf FromParsed(IReadOnlyDictionary<string, object?> parsed);
}
