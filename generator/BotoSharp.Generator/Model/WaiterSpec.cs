namespace BotoSharp.Generator.Model;

/// <summary>A typed waiter: a method of the service's waiters class that polls one operation until a state.</summary>
internal sealed record WaiterSpec(
    string MethodName,
    string WaiterName,
    string OperationName,
    string? InputType,
    int Delay,
    int MaxAttempts,
    string? Obsolete);
