using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// One <c>_retry.json</c> policy as botocore's checker classes: <c>ServiceErrorCodeChecker</c>,
/// <c>HTTPStatusCodeChecker</c>, <c>CRC32Checker</c> (raises <see cref="ChecksumError"/>) and <c>ExceptionRaiser</c>
/// (re-raises the attempt's exception, so only the exceptions the policy lists are retried).
/// </summary>
internal abstract class LegacyRetryChecker
{
    // botocore's EXCEPTION_MAP['GENERAL_CONNECTION_ERROR'].
    private static readonly Type[] s_generalConnectionErrors =
        { typeof(ConnectionError), typeof(ConnectionClosedError), typeof(ReadTimeoutError), typeof(EndpointConnectionError) };

    /// <summary>Whether the attempt matches the policy (a response check, or an exception check when there was no response).</summary>
    public bool Matches(RetryContext context) =>
        context.HttpResponse is not null ? MatchesResponse(context) : MatchesException(context.CaughtException!);

    protected virtual bool MatchesResponse(RetryContext context) => false;

    protected virtual bool MatchesException(Exception error) => false;

    /// <summary>The checker for a policy's <c>applies_when</c>.</summary>
    public static LegacyRetryChecker From(JsonObject appliesWhen)
    {
        if (appliesWhen["response"] is JsonObject response)
        {
            var status = response["http_status_code"]?.GetValue<int>();
            if (response["service_error_code"]?.GetValue<string>() is { } code)
            {
                return new ErrorCodeChecker(status, code);
            }
            if (status is { } statusCode)
            {
                return new StatusChecker(statusCode);
            }
            if (response["crc32body"]?.GetValue<string>() is { } header)
            {
                return new Crc32Checker(header);
            }
            throw new ArgumentException("Unknown retry policy");
        }
        return new ExceptionRaiser();
    }

    /// <summary>botocore's <c>_extract_retryable_exception</c>.</summary>
    public static IEnumerable<Type> RetryableExceptions(JsonObject appliesWhen)
    {
        if ((appliesWhen["response"] as JsonObject)?["crc32body"] is not null)
        {
            return new[] { typeof(ChecksumError) };
        }
        return appliesWhen["socket_errors"] is JsonArray ? s_generalConnectionErrors : Array.Empty<Type>();
    }

    private sealed class ErrorCodeChecker(int? status, string code) : LegacyRetryChecker
    {
        protected override bool MatchesResponse(RetryContext context) =>
            context.HttpResponse!.StatusCode == status && context.ErrorCode == code;
    }

    private sealed class StatusChecker(int status) : LegacyRetryChecker
    {
        protected override bool MatchesResponse(RetryContext context) => context.HttpResponse!.StatusCode == status;
    }

    private sealed class Crc32Checker(string header) : LegacyRetryChecker
    {
        protected override bool MatchesResponse(RetryContext context)
        {
            if (context.HttpResponse!.Headers.TryGetValue(header, out var expected) && Crc32Body.Check(expected, context.HttpResponse.Body) is { } mismatch)
            {
                throw mismatch;
            }
            return false;
        }
    }

    private sealed class ExceptionRaiser : LegacyRetryChecker
    {
        protected override bool MatchesException(Exception error)
        {
            ExceptionDispatchInfo.Throw(error);
            return false;
        }
    }
}
