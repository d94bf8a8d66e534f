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
    // Matched by method, the way TypedReadGate matches its rows: a delegate's Method is a field read once it is
    // known, where comparing delegates for equality asks the runtime for both method handles every time.
    private static readonly HashSet<System.Reflection.MethodInfo> s_topLevelRows = new BotoEventHandler[]
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
    }.Select(row => row.Method).ToHashSet();

    // Per-client handlers botocore registers on the client's own emitter (one delegate per client, so matched by method):
    // the S3 region redirector's annotation and cache lookup, endpoint discovery's identifiers and its blocker.
    private static readonly HashSet<System.Reflection.MethodInfo> s_topLevelClientHandlers = new()
    {
        ((BotoEventHandler)Clients.Customizations.S3RegionRedirector.AnnotateRequestContext).Method,
        typeof(Clients.Customizations.S3RegionRedirector).GetMethod(nameof(Clients.Customizations.S3RegionRedirector.RedirectFromCache),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!,
        typeof(Clients.Customizations.EndpointDiscoveryHandler).GetMethod(nameof(Clients.Customizations.EndpointDiscoveryHandler.GatherIdentifiers),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!,
        ((BotoEventHandler)Clients.Customizations.EndpointDiscoveryHandler.BlockEndpointDiscoveryRequiredOperations).Method,
    };

    /// <summary>Whether every handler in <paramref name="handlers"/> is a row that may run on the captured top level.</summary>
    public static bool AllReadTopLevelOnly(IReadOnlyList<BotoEventHandler> handlers)
    {
        foreach (var handler in handlers)
        {
            // The static rows are matched only without a target: the same method bound to an object is not the row.
            var method = handler.Method;
            if (!(handler.Target is null && s_topLevelRows.Contains(method)) && !s_topLevelClientHandlers.Contains(method))
            {
                return false;
            }
        }
        return true;
    }
}
