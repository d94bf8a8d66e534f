using BotoSharp.Http;

namespace BotoSharp.Stubs;

/// <summary>One queued answer: botocore's <c>{'operation_name', 'response': (http_response, parsed), 'expected_params'}</c>.</summary>
internal sealed record StubbedResponse(
    string OperationName,
    AwsResponse HttpResponse,
    Dictionary<string, object?> Parsed,
    IDictionary<string, object?>? ExpectedParams);

/// <summary>botocore's <c>stub.ANY</c>: equal to every value; printed as <c>&lt;ANY&gt;</c>.</summary>
internal sealed class StubAny
{
    public static StubAny Instance { get; } = new();

    private StubAny()
    {
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => true;

    /// <inheritdoc />
    public override int GetHashCode() => 0;

    /// <inheritdoc />
    public override string ToString() => "<ANY>";
}
