namespace BotoSharp.Clients.Stages;

/// <summary>The events the call path fires for one operation, in the order a call fires them (see <see cref="OperationEvents"/>).</summary>
internal enum CallEvent
{
    ProvideClientParams,
    BeforeParameterBuild,
    BeforeEndpointResolution,
    BeforeCall,
    RequestCreated,
    ChooseSigner,
    BeforeSign,
    BeforeSend,
    BeforeParse,
    ResponseReceived,
    NeedsRetry,
    AfterCall,
    AfterCallError,
}
