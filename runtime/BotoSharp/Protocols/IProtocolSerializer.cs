using BotoSharp.Models;

namespace BotoSharp.Protocols;

/// <summary>Turns botocore-shaped parameters into a transport-neutral request for one wire protocol.</summary>
public interface IProtocolSerializer
{
    /// <summary>
    /// Serializes <paramref name="parameters"/> (structure → dictionary, list → list, scalars as botocore accepts
    /// them) for <paramref name="operation"/>. Invalid input raises <see cref="Errors.ParamValidationError"/>.
    /// </summary>
    SerializedRequest Serialize(IDictionary<string, object?> parameters, OperationModel operation);
}
