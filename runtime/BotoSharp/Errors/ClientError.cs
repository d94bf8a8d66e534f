namespace BotoSharp.Errors;

/// <summary>
/// An error answered by the service, as botocore's <c>ClientError</c>. <see cref="Exception.Message"/> is botocore's
/// sentence ("An error occurred (Code) when calling the Op operation: message"); the service's own message is
/// <see cref="ErrorMessage"/>. Modeled error shapes are generated as subclasses carrying their members.
/// </summary>
public class ClientError : BotoCoreError
{
    /// <summary>Creates the error from the parsed response (botocore's <c>error_response</c>) and operation name.</summary>
    public ClientError(IReadOnlyDictionary<string, object?> response, string operationName)
        : base(FormatMessage(response, operationName), new (string, object?)[] { ("operation_name", operationName) }, null)
    {
        Response = response;
        OperationName = operationName;
        var error = response.TryGetValue("Error", out var e) ? e as IReadOnlyDictionary<string, object?> ?? AsReadOnly(e) : null;
        Code = error is not null && error.TryGetValue("Code", out var code) ? code as string : null;
        ErrorMessage = error is not null && error.TryGetValue("Message", out var message) ? message as string : null;
        var metadata = response.TryGetValue("ResponseMetadata", out var m) ? m as IReadOnlyDictionary<string, object?> ?? AsReadOnly(m) : null;
        if (metadata is not null)
        {
            RequestId = metadata.TryGetValue("RequestId", out var id) ? id as string : null;
            StatusCode = metadata.TryGetValue("HTTPStatusCode", out var status) && status is not null ? Convert.ToInt32(status, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
    }

    /// <summary>The error code (<c>Error.Code</c>), e.g. <c>NoSuchBucket</c>; null when the service sent none.</summary>
    public string? Code { get; }

    /// <summary>The service's message (<c>Error.Message</c>).</summary>
    public string? ErrorMessage { get; }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The request id the service assigned (<c>ResponseMetadata.RequestId</c>).</summary>
    public string? RequestId { get; }

    /// <summary>The whole parsed error response, botocore-shaped (<c>Error</c>, <c>ResponseMetadata</c>, modeled members).</summary>
    public IReadOnlyDictionary<string, object?> Response { get; }

    /// <summary>The operation that failed, e.g. <c>GetObject</c>.</summary>
    public string OperationName { get; }

    private static string FormatMessage(IReadOnlyDictionary<string, object?> response, string operationName)
    {
        var error = response.TryGetValue("Error", out var e) ? e as IReadOnlyDictionary<string, object?> ?? AsReadOnly(e) : null;
        // botocore's error.get('Code', 'Unknown'): only a missing key reads "Unknown"; an empty code or message stays empty.
        var code = error is not null && error.TryGetValue("Code", out var c) ? Protocols.PythonFormat.Str(c) : "Unknown";
        var message = error is not null && error.TryGetValue("Message", out var m) ? Protocols.PythonFormat.Str(m) : "Unknown";
        var retry = string.Empty;
        if (response.TryGetValue("ResponseMetadata", out var md) && (md as IReadOnlyDictionary<string, object?> ?? AsReadOnly(md)) is { } metadata
            && metadata.TryGetValue("MaxAttemptsReached", out var reached) && reached is true
            && metadata.TryGetValue("RetryAttempts", out var attempts))
        {
            retry = $" (reached max retries: {attempts})";
        }
        return $"An error occurred ({code}) when calling the {operationName} operation{retry}: {message}";
    }

    private static IReadOnlyDictionary<string, object?>? AsReadOnly(object? value) =>
        value is IDictionary<string, object?> d ? new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(d) : null;
}
