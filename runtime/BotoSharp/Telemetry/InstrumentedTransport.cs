using System.Diagnostics;
using BotoSharp.Http;
using Microsoft.Extensions.Logging;

namespace BotoSharp.Telemetry;

/// <summary>
/// Wraps a client's transport so every attempt, retries included, gets its own span (child of the operation span),
/// is counted, is checked for throttling, and is logged under botocore's logger names with credentials redacted.
/// It sits below the call path, so the retry loop needs no hook of its own.
/// </summary>
internal sealed class InstrumentedTransport : IHttpTransport, IAttemptSender, IDisposable
{
    private readonly IHttpTransport _inner;
    private readonly string _service;
    private readonly ILogger _endpointLog;
    private readonly ILogger _parsersLog;

    public InstrumentedTransport(IHttpTransport inner, string serviceId, ILoggerFactory loggers)
    {
        _inner = inner;
        _service = serviceId;
        _endpointLog = loggers.CreateLogger("botocore.endpoint");
        _parsersLog = loggers.CreateLogger("botocore.parsers");
    }

    /// <summary>The wrapped transport (tests reach the real one through it).</summary>
    public IHttpTransport Inner => _inner;

    public Task<AwsResponse> SendAsync(AwsRequest request, CancellationToken cancellationToken = default)
    {
        LogSending(request);
        var operation = OperationTelemetry.Current;
        return Unobserved(operation) ? _inner.SendAsync(request, cancellationToken) : SendObservedAsync(request, operation, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<AwsResponse> SendAttemptAsync(AwsRequest request, CancellationToken cancellationToken)
    {
        if (_inner is not IAttemptSender inner)
        {
            return new ValueTask<AwsResponse>(SendAsync(request, cancellationToken));
        }
        // The same choice as SendAsync; unobserved, the inner sender's own value task.
        LogSending(request);
        var operation = OperationTelemetry.Current;
        return Unobserved(operation)
            ? inner.SendAttemptAsync(request, cancellationToken)
            : new ValueTask<AwsResponse>(SendObservedAsync(request, operation, cancellationToken));
    }

    // Nothing to record or log about the response: the inner transport's own task, with no state machine of ours
    // around it (a task less per attempt, and one async method less for a cold process to compile). The parsers
    // logger is asked when the attempt starts rather than when it ends.
    private bool Unobserved(OperationTelemetry? operation) => operation is null && !_parsersLog.IsEnabled(LogLevel.Debug);

    private void LogSending(AwsRequest request)
    {
        if (_endpointLog.IsEnabled(LogLevel.Debug))
        {
            _endpointLog.LogDebug("Sending http request: {Request}", RedactedLog.Describe(request));
        }
    }

    private async Task<AwsResponse> SendObservedAsync(AwsRequest request, OperationTelemetry? operation, CancellationToken cancellationToken)
    {
        if (operation is null)
        {
            var plain = await _inner.SendAsync(request, cancellationToken).ConfigureAwait(false);
            LogResponse(plain);
            return plain;
        }
        using var activity = StartAttempt(request, operation);
        BotoSharpTelemetry.Attempts.Add(1, new KeyValuePair<string, object?>("rpc.service", operation.Service), new KeyValuePair<string, object?>("rpc.method", operation.Method));
        try
        {
            var response = await _inner.SendAsync(request, cancellationToken).ConfigureAwait(false);
            LogResponse(response);
            RecordResponse(activity, response, operation);
            return response;
        }
        catch (Exception error) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, error.Message);
            activity.SetTag("error.type", error.GetType().FullName);
            throw;
        }
    }

    public void Dispose() => (_inner as IDisposable)?.Dispose();

    private Activity? StartAttempt(AwsRequest request, OperationTelemetry operation)
    {
        var activity = BotoSharpTelemetry.Source.StartActivity(request.Method, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("rpc.system", "aws-api");
            activity.SetTag("rpc.service", _service);
            activity.SetTag("rpc.method", operation.Method);
            activity.SetTag("cloud.region", operation.Region);
            activity.SetTag("http.request.method", request.Method);
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url))
            {
                activity.SetTag("server.address", url.Host);
                activity.SetTag("server.port", url.Port);
                // Without the query: presigned and S3 URLs can carry signatures there.
                activity.SetTag("url.full", url.GetLeftPart(UriPartial.Path));
            }
        }
        return activity;
    }

    private static void RecordResponse(Activity? activity, AwsResponse response, OperationTelemetry operation)
    {
        string? throttle = ThrottleDetection.ErrorCode(response);
        if (throttle is not null)
        {
            BotoSharpTelemetry.Throttles.Add(1, new KeyValuePair<string, object?>("rpc.service", operation.Service),
                new KeyValuePair<string, object?>("rpc.method", operation.Method), new KeyValuePair<string, object?>("error.type", throttle));
        }
        if (activity is null)
        {
            return;
        }
        activity.SetTag("http.response.status_code", response.StatusCode);
        activity.SetTag("aws.request_id", RequestId(response));
        if (response.StatusCode >= 400)
        {
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag("error.type", throttle ?? response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void LogResponse(AwsResponse response)
    {
        if (_parsersLog.IsEnabled(LogLevel.Debug))
        {
            _parsersLog.LogDebug("Response headers: {Headers}", RedactedLog.Headers(response.Headers));
        }
    }

    private static string? RequestId(AwsResponse response) =>
        response.Headers["x-amzn-RequestId"] ?? response.Headers["x-amz-request-id"];
}
