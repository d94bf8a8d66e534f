using BotoSharp.Models;

namespace BotoSharp.Protocols;

/// <summary>Turns an HTTP response into botocore's parsed dictionary for one wire protocol.</summary>
public interface IProtocolParser
{
    /// <summary>
    /// Parses a response of <paramref name="operation"/>: the output shape on success; on an error status (≥ 301),
    /// <c>Error</c> (<c>Code</c>, <c>Message</c>…) with the members of the matching modeled error shape merged at the
    /// top level. Every result carries <c>ResponseMetadata</c>.
    /// </summary>
    Dictionary<string, object?> Parse(ProtocolResponse response, OperationModel operation);

    /// <summary>
    /// Parses a response against one shape, as botocore's <c>parser.parse(response, shape)</c>: the output shape, an
    /// error shape (modeled fields only, no metadata), or null for an operation without output.
    /// </summary>
    Dictionary<string, object?> Parse(ProtocolResponse response, Shape? shape);
}
