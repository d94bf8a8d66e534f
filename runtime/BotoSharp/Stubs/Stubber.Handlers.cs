using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Stubs;

/// <summary>The three event handlers the stubber registers, as botocore's <c>Stubber</c> methods of the same names.</summary>
public sealed partial class Stubber
{
    private const string UnexpectedCallReason =
        "Unexpected API Call: A call was made but no additional calls expected. Either the API Call was not stubbed or it was called multiple times.";

    // botocore's _assert_expected_params (before-parameter-build, registered first): order, then the expected values.
    private object? AssertExpectedParams(IDictionary<string, object?> kwargs)
    {
        if (IsPresignRequest((kwargs.TryGetValue("context", out var context) ? context : null)))
        {
            return null;
        }
        var operation = (OperationModel)kwargs["model"]!;
        var parameters = (IDictionary<string, object?>)kwargs["params"]!;
        AssertExpectedCallOrder(operation);
        if (_queue.Peek().ExpectedParams is not { } expected)
        {
            return null;
        }
        var mismatch = expected.Any(pair => !parameters.TryGetValue(pair.Key, out var actual) || !PythonEquality.AreEqual(pair.Value, actual))
            || !expected.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(parameters.Keys);
        if (mismatch)
        {
            throw new StubAssertionError(operation.Name,
                $"Expected parameters:\n{PythonPrettyFormat.Format(expected)},\nbut received:\n{PythonPrettyFormat.Format(parameters)}");
        }
        return null;
    }

    // botocore's _get_response_handler (before-call): the next response, (http_response, parsed), taken off the queue.
    private object? NextResponse(IDictionary<string, object?> kwargs)
    {
        AssertExpectedCallOrder((OperationModel)kwargs["model"]!);
        var next = _queue.Dequeue();
        return (next.HttpResponse, next.Parsed);
    }

    // botocore's _set_account_id_for_endpoint_resolution: the account id would come from credentials, which tests lack.
    private static object? ClearAccountIdBuiltIn(IDictionary<string, object?> kwargs)
    {
        if (kwargs.TryGetValue("builtins", out var value) && value is IDictionary<string, object?> builtIns && builtIns.ContainsKey("AWS::Auth::AccountId"))
        {
            builtIns["AWS::Auth::AccountId"] = null;
        }
        return null;
    }

    private void AssertExpectedCallOrder(OperationModel operation)
    {
        if (_queue.Count == 0)
        {
            throw new UnStubbedResponseError(operation.Name, UnexpectedCallReason);
        }
        var name = _queue.Peek().OperationName;
        if (name != operation.Name)
        {
            throw new StubResponseError(operation.Name, $"Operation mismatch: found response for {name}.");
        }
    }

    // botocore's _should_not_stub: a presigned URL never gets a response, so it must not use up the queue.
    private static bool IsPresignRequest(object? context) =>
        context is IDictionary<string, object?> values && values.TryGetValue("is_presign_request", out var presign) && presign is true;
}
