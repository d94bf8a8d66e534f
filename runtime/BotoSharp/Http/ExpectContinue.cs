namespace BotoSharp.Http;

/// <summary>
/// botocore's <c>add_expect_header</c> (registered on <c>before-call.s3</c>): a PUT or POST whose body is a
/// stream gets <c>Expect: 100-continue</c>, whatever its size, so S3 can refuse it before the upload starts.
/// </summary>
public static class ExpectContinue
{
    /// <summary>Adds the header when the operation's HTTP method is PUT/POST and the body is a stream.</summary>
    /// <param name="request">The serialized request.</param>
    /// <param name="operationHttpMethod">The operation's modelled <c>http.method</c>.</param>
    /// <param name="skipEmptyBodies"><c>BOTO_EXPERIMENTAL__NO_EMPTY_CONTINUE</c>: leave out the header when the stream is known to be empty.</param>
    public static void Apply(AwsRequest request, string operationHttpMethod, bool skipEmptyBodies = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (operationHttpMethod is not ("PUT" or "POST") || request.BodyStream is null)
        {
            return;
        }
        if (skipEmptyBodies && request.BodyLength == 0)
        {
            return;
        }
        request.Headers.Set("Expect", "100-continue");
    }
}
