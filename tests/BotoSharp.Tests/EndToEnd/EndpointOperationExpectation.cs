using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Tests.EndToEnd;

/// <summary>
/// Checks an <see cref="EndpointOperationOutcome"/> against its case: the first request's URL is the expected endpoint
/// followed only by the operation's path and query, the rule set's headers are on the request, and the Authorization
/// credential scope names the auth scheme's signing region and name; or the call raised the expected error before
/// sending anything.
/// </summary>
internal static class EndpointOperationExpectation
{
    /// <summary>Returns a description of the first mismatch, or null when the outcome is what the case expects.</summary>
    public static string? Check(EndpointOperationCase testCase, EndpointOperationOutcome outcome)
    {
        if (testCase.ExpectedError is { } expectedError)
        {
            return CheckError(expectedError, outcome);
        }
        var expected = testCase.ExpectedEndpoint!;
        var schemes = (expected["properties"]?["authSchemes"] as JsonArray)?.Select(s => s!.AsObject()).ToList() ?? [];
        // SigV4a needs botocore's CRT extra; without it botocore refuses the call, and BotoSharp has no SigV4a signer.
        if (schemes.Count > 0 && schemes.All(s => s["name"]!.GetValue<string>() == "sigv4a"))
        {
            return outcome.Error is MissingDependencyException && outcome.Requests.Count == 0
                ? null
                : $"expected MissingDependencyException (sigv4a without CRT), got {Describe(outcome)}";
        }
        if (outcome.Requests.Count == 0)
        {
            return $"no request was sent: {Describe(outcome)}";
        }
        var request = outcome.Requests[0];
        return CheckUrl(expected["url"]!.GetValue<string>(), request.Url)
            ?? CheckHeaders(expected["headers"] as JsonObject, request)
            ?? CheckSigning(schemes.FirstOrDefault(s => s["name"]!.GetValue<string>() != "sigv4a"), request);
    }

    private static string? CheckError(string expectedError, EndpointOperationOutcome outcome)
    {
        if (outcome.Requests.Count > 0)
        {
            return $"expected error \"{expectedError}\", but a request was sent to {outcome.Requests[0].Url}";
        }
        if (outcome.Error is not BotoCoreError error)
        {
            return $"expected error \"{expectedError}\", got {Describe(outcome)}";
        }
        // A message botocore translates (ruleset_error_to_botocore_exception) is raised "from" the rule-set error:
        // the rule set's text is then the chained cause's.
        var ruleSetMessage = error.InnerException is EndpointProviderError cause ? cause.Message : error.Message;
        return ruleSetMessage == expectedError ? null : $"error\n  expected: {expectedError}\n  actual:   {error.GetType().Name}: {error.Message}";
    }

    private static string? CheckUrl(string expectedUrl, string actualUrl)
    {
        if (!actualUrl.StartsWith(expectedUrl, StringComparison.Ordinal))
        {
            return $"url\n  expected: {expectedUrl}…\n  actual:   {actualUrl}";
        }
        // The operation adds a path ("/key"), nothing (CreateBucket after the bucket moved into the endpoint), or only a
        // query when the endpoint already has a path ("…/bucket?session"); anything else runs on into the host or segment.
        var rest = actualUrl[expectedUrl.Length..];
        var endpointHasPath = new Uri(expectedUrl).AbsolutePath.Length > 1;
        return rest.Length == 0 || rest[0] == '/' || expectedUrl.EndsWith('/') || (rest[0] == '?' && endpointHasPath)
            ? null
            : $"url continues the expected host or path segment\n  expected: {expectedUrl}\n  actual:   {actualUrl}";
    }

    private static string? CheckHeaders(JsonObject? expectedHeaders, AwsRequest request)
    {
        foreach (var (name, values) in expectedHeaders ?? [])
        {
            var expected = string.Join(",", values!.AsArray().Select(v => v!.GetValue<string>()));
            var actual = request.Headers[name];
            if (actual != expected)
            {
                return $"header {name}\n  expected: {expected}\n  actual:   {actual ?? "(absent)"}";
            }
        }
        return null;
    }

    private static string? CheckSigning(JsonObject? scheme, AwsRequest request)
    {
        if (scheme is null)
        {
            return null;
        }
        var authorization = request.Headers["Authorization"];
        var scope = CredentialScope(authorization);
        if (scope is null)
        {
            return $"no SigV4 Authorization header for {scheme["name"]}: {authorization ?? "(absent)"}";
        }
        var (region, service) = scope.Value;
        var expectedRegion = scheme["signingRegion"]?.GetValue<string>();
        var expectedName = scheme["signingName"]?.GetValue<string>();
        if (expectedRegion is not null && region != expectedRegion)
        {
            return $"signing region\n  expected: {expectedRegion}\n  actual:   {region}";
        }
        return expectedName is not null && service != expectedName
            ? $"signing name\n  expected: {expectedName}\n  actual:   {service}"
            : null;
    }

    // "AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, SignedHeaders=…, Signature=…"
    private static (string Region, string Service)? CredentialScope(string? authorization)
    {
        const string marker = "Credential=";
        var start = authorization?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return null;
        }
        var credential = authorization![(start + marker.Length)..].Split(',')[0];
        var parts = credential.Split('/');
        return parts.Length == 5 ? (parts[2], parts[3]) : null;
    }

    private static string Describe(EndpointOperationOutcome outcome) => outcome.Error is null
        ? outcome.Requests.Count == 0 ? "no error and no request" : $"a request to {outcome.Requests[0].Url}"
        : $"{outcome.Error.GetType().Name}: {outcome.Error.Message}";
}
