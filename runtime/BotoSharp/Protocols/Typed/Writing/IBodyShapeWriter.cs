using BotoSharp.Clients;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// A rest protocol's body format (JSON or XML) as the typed rest serializer drives it: either a structure payload
/// written whole, or the input's body members forwarded one by one into an open root.
/// </summary>
internal interface IBodyShapeWriter : IShapeWriter, IDisposable
{
    /// <summary>The body for a structure payload <paramref name="value"/> of the payload member <paramref name="member"/>.</summary>
    byte[] WritePayload(IRequestShape value, StructureShape member);

    /// <summary>Opens the input <paramref name="shape"/> as the root that forwarded member calls write into.</summary>
    void BeginBody(StructureShape shape);

    /// <summary>Closes the root opened by <see cref="BeginBody"/> and returns the body.</summary>
    byte[] EndBody(StructureShape shape);
}
