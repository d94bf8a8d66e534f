namespace BotoSharp.Http;

/// <summary>
/// BotoSharp's own transports as the send stage awaits them: <see cref="IHttpTransport.SendAsync"/> returns a
/// <see cref="Task{TResult}"/> (a public contract), which is one object per attempt even when the attempt completes
/// without waiting; this answers a <see cref="ValueTask{TResult}"/> that holds such a response itself.
/// </summary>
internal interface IAttemptSender
{
    /// <summary>Sends one attempt, as <see cref="IHttpTransport.SendAsync"/> does.</summary>
    ValueTask<AwsResponse> SendAttemptAsync(AwsRequest request, CancellationToken cancellationToken);
}
