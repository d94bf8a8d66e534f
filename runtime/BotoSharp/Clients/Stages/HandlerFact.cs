namespace BotoSharp.Clients.Stages;

/// <summary>
/// Questions about an operation's registered handlers that the typed path asks on every call, answered once per
/// registration state (<see cref="OperationEvents.Fact"/>).
/// </summary>
internal enum HandlerFact
{
    /// <summary>Whether the parameter events let a typed request stay typed (1) or need the full dictionary (0).</summary>
    ParametersStayTyped,

    /// <summary>Whether the response events let a success be read typed (<c>TypedReadGate</c>'s verdict).</summary>
    ResponseReadsTyped,

    /// <summary>Whether every <c>before-parse</c> handler is a builtin row that reads the body in place and keeps
    /// nothing (1), so it is handed the pooled body without a copy, or not (0).</summary>
    BeforeParseReadsInPlace,
}
