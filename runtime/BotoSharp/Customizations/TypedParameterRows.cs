using BotoSharp.Events;

namespace BotoSharp.Customizations;

/// <summary>
/// The builtin rows on <c>provide-client-params</c> / <c>before-parameter-build</c> / <c>before-endpoint-resolution</c>
/// that read and write only the top level of botocore's <c>params</c> (scalars, blobs, streams, and maps or lists of
/// scalars). On the typed fast path they run unchanged on the request's captured top level
/// (<c>TopLevelParameterCapture</c>), so a typed call needs no parameter dictionary when these are the only handlers;
/// any other handler (a user's, or a row not listed) sends the call down the dictionary path, as botocore's events
/// require. A row that changes a parameter also sends it down the dictionary path, with the change applied.
/// </summary>
internal static class TypedParameterRows
{
    private static readonly BotoEventHandler[] s_topLevelRows =
    {
        GeneralHandlers.GenerateIdempotentUuid,
        GeneralHandlers.HandleRequestValidationModeMember,
        S3ParameterHandlers.ConvertBodyToFileLikeObject,
        S3ParameterHandlers.ValidateBucketName,
        S3ParameterHandlers.HandleCopySourceParam,
        S3ParameterHandlers.ValidateAsciiMetadata,
        S3ParameterHandlers.SseMd5,
        S3ParameterHandlers.CopySourceSseMd5,
        OperationModelCustomizations.RemoveBucketFromUrlPathsFromModel,
        OperationModelCustomizations.RemoveAccountIdHostPrefixFromModel,
        S3ListObjectsEncoding.SetListObjectsEncodingTypeUrl,
        S3CallHandlers.CustomizeEndpointResolverBuiltins,
        GlacierHandlers.InjectAccountId,
        ServiceHandlers.Base64EncodeUserData,
        ServiceHandlers.FixRoute53Ids,
    };

    /// <summary>Whether every handler in <paramref name="handlers"/> is a row that may run on the captured top level.</summary>
    public static bool AllReadTopLevelOnly(IReadOnlyList<BotoEventHandler> handlers)
    {
        foreach (var handler in handlers)
        {
            if (Array.IndexOf(s_topLevelRows, handler) < 0)
            {
                return false;
            }
        }
        return true;
    }
}
