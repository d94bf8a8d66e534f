namespace BotoSharp.Errors;

/// <summary>botocore's <c>EventStreamError</c>: an <c>error</c> or <c>exception</c> message arrived on an event stream.</summary>
public class EventStreamError : ClientError
{
    /// <summary>Creates the error from the parsed error event and the operation name.</summary>
    public EventStreamError(IReadOnlyDictionary<string, object?> response, string operationName)
        : base(response, operationName)
    {
    }
}
