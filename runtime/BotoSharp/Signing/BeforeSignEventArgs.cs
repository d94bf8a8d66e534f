using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>The keyword arguments of botocore's <c>before-sign.&lt;service&gt;.&lt;operation&gt;</c> event (a struct: a
/// call with no handler on the event allocates nothing for it).</summary>
/// <param name="OperationName">The operation being signed.</param>
/// <param name="Request">The request, which handlers may still change.</param>
/// <param name="SigningName">The signing name.</param>
/// <param name="RegionName">The client's region (botocore passes the client region here, not the signing region).</param>
/// <param name="SignatureVersion">The chosen signature version.</param>
/// <param name="RequestSigner">The signer doing the work.</param>
public readonly record struct BeforeSignEventArgs(
    string OperationName,
    AwsRequest Request,
    string SigningName,
    string? RegionName,
    string SignatureVersion,
    RequestSigner RequestSigner);
