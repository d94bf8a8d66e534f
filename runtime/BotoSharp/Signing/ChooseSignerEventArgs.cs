namespace BotoSharp.Signing;

/// <summary>The keyword arguments of botocore's <c>choose-signer.&lt;service&gt;.&lt;operation&gt;</c> event (a struct:
/// a call with no handler on the event allocates nothing for it).</summary>
/// <param name="OperationName">The operation being signed.</param>
/// <param name="SigningName">Signing name after endpoint overrides.</param>
/// <param name="RegionName">Signing region after endpoint overrides (may be null).</param>
/// <param name="SignatureVersion">The signature version chosen so far (with the presign suffix).</param>
/// <param name="Context">The request context; handlers may set <c>payload_signing_enabled</c> in it.</param>
public readonly record struct ChooseSignerEventArgs(
    string OperationName,
    string SigningName,
    string? RegionName,
    string SignatureVersion,
    IDictionary<string, object?> Context);
