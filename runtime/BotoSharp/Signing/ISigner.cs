using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>Adds authentication to a prepared request (botocore's <c>BaseSigner.add_auth</c>).</summary>
public interface ISigner
{
    /// <summary>Signs <paramref name="request"/> in place: headers, and for presigners the URL.</summary>
    void Sign(AwsRequest request);

    /// <summary>Signs <paramref name="request"/> for a call; signers that read a stream body read it asynchronously.</summary>
    ValueTask SignAsync(AwsRequest request, CancellationToken cancellationToken)
    {
        Sign(request);
        return ValueTask.CompletedTask;
    }
}
