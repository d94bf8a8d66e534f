using BotoSharp.Clients;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// A protocol serializer for typed requests: the same <see cref="SerializedRequest"/> the dictionary serializer
/// builds from <see cref="IRequestShape.ToParameters"/>, byte for byte, written straight from the typed object.
/// </summary>
internal interface ITypedSerializer
{
    /// <summary>
    /// Serializes <paramref name="request"/> for <paramref name="operation"/>; <paramref name="topLevel"/> is its
    /// captured top level (<see cref="TopLevelParameterCapture"/>), read for host labels and located members. Null
    /// when only the dictionary serializer can write this request (a located value the capture cannot hold).
    /// </summary>
    SerializedRequest? TrySerialize(IRequestShape request, IDictionary<string, object?> topLevel, OperationModel operation);
}
