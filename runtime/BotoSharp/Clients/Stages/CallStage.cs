namespace BotoSharp.Clients.Stages;

/// <summary>
/// One step of the call, botocore's <c>_make_api_call</c> cut where botocore fires its events. A stage reads and
/// writes the <see cref="ApiCall"/> it is given and knows nothing of the stages around it; the pipeline runs them
/// in order; once a <c>before-call</c> handler has answered for the service, only the stages that handle a response
/// still run.
/// </summary>
internal abstract class CallStage
{
    /// <summary>Does this stage's work on <paramref name="call"/>.</summary>
    public abstract ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken);

    /// <summary>Whether the stage works on the response, so it runs even when a <c>before-call</c> stub answered.</summary>
    public virtual bool HandlesResponse => false;

    /// <summary>Runs <paramref name="stages"/> in order, skipping request stages once the call was answered by a stub.</summary>
    public static async ValueTask RunAsync(CallStage[] stages, ApiCall call, CancellationToken cancellationToken)
    {
        // An array, not IReadOnlyList: foreach over the interface boxed an enumerator on every call.
        foreach (var stage in stages)
        {
            if (call.Stubbed && !stage.HandlesResponse)
            {
                continue;
            }
            await stage.ProcessAsync(call, cancellationToken).ConfigureAwait(false);
        }
    }
}
