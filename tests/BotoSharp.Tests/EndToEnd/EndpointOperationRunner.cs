using System.Reflection;
using BotoSharp.Clients;
using BotoSharp.Http;
using BotoSharp.Tests.Endpoints;

namespace BotoSharp.Tests.EndToEnd;

/// <summary>
/// Calls one <see cref="EndpointOperationCase"/> through its generated typed client: the request is built from the
/// case's JSON by the generated <c>FromParsed</c>, passed to the generated operation method, and caught in a
/// <c>before-send</c> handler that answers with a stub 418 (as botocore's runner stubs its HTTP layer).
/// </summary>
internal static class EndpointOperationRunner
{
    /// <summary>
    /// Runs the case. With <paramref name="overwriteBuiltIns"/> a last <c>before-endpoint-resolution</c> handler
    /// replaces the client's builtins by the case's exactly, which is what botocore's own runner does; without it the
    /// builtins come only from the client's configuration.
    /// </summary>
    public static EndpointOperationOutcome Run(EndpointOperationCase testCase, bool overwriteBuiltIns)
    {
        var requests = new List<AwsRequest>();
        try
        {
            var client = EndpointCaseClientFactory.Create(testCase);
            client.Meta.Events.Register("before-send", kwargs =>
            {
                var request = (AwsRequest)kwargs["request"]!;
                requests.Add(request);
                return new AwsResponse(request.Url, 418, new HttpHeaderList(), [], null);
            });
            if (overwriteBuiltIns)
            {
                client.Meta.Events.RegisterLast("before-endpoint-resolution", kwargs =>
                {
                    var builtIns = (IDictionary<string, object?>)kwargs["builtins"]!;
                    builtIns.Clear();
                    foreach (var (name, value) in testCase.BuiltIns)
                    {
                        builtIns[name] = value;
                    }
                    return null;
                });
            }
            Call(client, testCase);
            return new EndpointOperationOutcome(requests, null);
        }
        catch (Exception error)
        {
            return new EndpointOperationOutcome(requests, error);
        }
    }

    // The generated method is <Operation>Async(request, ct) or, for an operation without input, <Operation>Async(ct).
    private static void Call(BaseClient client, EndpointOperationCase testCase)
    {
        var method = client.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == testCase.OperationName + "Async")
            .OrderByDescending(m => m.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{client.GetType().Name} has no method {testCase.OperationName}Async.");
        var parameters = method.GetParameters();
        object?[] arguments;
        if (parameters.Length == 2 && typeof(IRequestShape).IsAssignableFrom(parameters[0].ParameterType))
        {
            arguments = [BuildRequest(parameters[0].ParameterType, testCase), CancellationToken.None];
        }
        else
        {
            arguments = [CancellationToken.None];
        }
        Task task;
        try
        {
            task = (Task)method.Invoke(client, arguments)!;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            throw invocation.InnerException;
        }
        task.GetAwaiter().GetResult();
    }

    private static object BuildRequest(Type requestType, EndpointOperationCase testCase)
    {
        // FromParsed is an explicit interface implementation; ShapeValues.ReadStructure<T> is the public way to it.
        var fromParsed = typeof(BotoSharp.Clients.ShapeValues).GetMethod(nameof(BotoSharp.Clients.ShapeValues.ReadStructure))!
            .MakeGenericMethod(requestType);
        IReadOnlyDictionary<string, object?> parsed = EndpointTestData.ToParameters(testCase.OperationParams);
        try
        {
            return fromParsed.Invoke(null, [parsed])!;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            throw invocation.InnerException;
        }
    }
}

/// <summary>What one call did: the requests that reached <c>before-send</c> and the error the call raised, if any.</summary>
internal sealed record EndpointOperationOutcome(IReadOnlyList<AwsRequest> Requests, Exception? Error);
