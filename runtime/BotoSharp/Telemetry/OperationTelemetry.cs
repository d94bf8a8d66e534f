using System.Diagnostics;
using BotoSharp.Errors;

namespace BotoSharp.Telemetry;

/// <summary>
/// The span and duration of one operation. <see cref="Start"/> returns null when nothing listens, so an unobserved
/// call pays one check. While it runs, <see cref="Current"/> lets the transport attribute its attempts to it.
/// </summary>
internal sealed class OperationTelemetry : IDisposable
{
    private static readonly AsyncLocal<OperationTelemetry?> s_current = new();

    private readonly Activity? _activity;
    private readonly long _started;
    private readonly OperationTelemetry? _outer;
    private string? _errorType;

    private OperationTelemetry(string service, string method, string? region, Activity? activity)
    {
        Service = service;
        Method = method;
        Region = region;
        _activity = activity;
        _started = Stopwatch.GetTimestamp();
        _outer = s_current.Value;
        s_current.Value = this;
    }

    /// <summary>The operation running on this async flow, if it is observed.</summary>
    public static OperationTelemetry? Current => s_current.Value;

    /// <summary>The service id, e.g. <c>S3</c>, <c>DynamoDB</c> (<c>rpc.service</c>).</summary>
    public string Service { get; }

    /// <summary>The operation name (<c>rpc.method</c>).</summary>
    public string Method { get; }

    /// <summary>The client's region (<c>cloud.region</c>).</summary>
    public string? Region { get; }

    /// <summary>Starts the operation span, or returns null when no listener or meter is enabled.</summary>
    public static OperationTelemetry? Start(string service, string method, string? region)
    {
        if (!BotoSharpTelemetry.IsObserved)
        {
            return null;
        }
        var activity = BotoSharpTelemetry.Source.StartActivity(service + "." + method, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("rpc.system", "aws-api");
            activity.SetTag("rpc.service", service);
            activity.SetTag("rpc.method", method);
            activity.SetTag("cloud.region", region);
        }
        return new OperationTelemetry(service, method, region, activity);
    }

    /// <summary>Records a parsed result: its request id and HTTP status from botocore's <c>ResponseMetadata</c>.</summary>
    public void Succeeded(Dictionary<string, object?> parsed)
    {
        if (_activity is null || parsed.GetValueOrDefault("ResponseMetadata") is not Dictionary<string, object?> metadata)
        {
            return;
        }
        _activity.SetTag("aws.request_id", metadata.GetValueOrDefault("RequestId") as string);
        if (metadata.GetValueOrDefault("HTTPStatusCode") is long status)
        {
            _activity.SetTag("http.response.status_code", (int)status);
        }
    }

    /// <summary>Records a typed success whose parsed dictionary was never built: the same two values, from its metadata.</summary>
    public void Succeeded(string? requestId, int statusCode)
    {
        if (_activity is null)
        {
            return;
        }
        _activity.SetTag("aws.request_id", requestId);
        _activity.SetTag("http.response.status_code", statusCode);
    }

    /// <summary>Records a failure: the service's error code, or the exception type for a client-side failure.</summary>
    public void Failed(Exception error)
    {
        _errorType = error is ClientError { Code: { Length: > 0 } code } ? code : error.GetType().FullName;
        if (_activity is null)
        {
            return;
        }
        _activity.SetStatus(ActivityStatusCode.Error, error.Message);
        _activity.SetTag("error.type", _errorType);
        if (error is ClientError clientError)
        {
            _activity.SetTag("aws.request_id", clientError.RequestId);
            _activity.SetTag("http.response.status_code", clientError.StatusCode);
        }
    }

    /// <summary>Ends the span and records the duration.</summary>
    public void Dispose()
    {
        s_current.Value = _outer;
        _activity?.Dispose();
        if (BotoSharpTelemetry.OperationDuration.Enabled)
        {
            var tags = new TagList
            {
                { "rpc.system", "aws-api" },
                { "rpc.service", Service },
                { "rpc.method", Method },
            };
            if (_errorType is not null)
            {
                tags.Add("error.type", _errorType);
            }
            BotoSharpTelemetry.OperationDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        }
    }
}
