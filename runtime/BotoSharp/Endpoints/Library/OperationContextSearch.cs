using BotoSharp.JmesPath;

namespace BotoSharp.Endpoints.Library;

/// <summary>Evaluates an <c>operationContextParams</c> JMESPath over the call arguments, as botocore does with jmespath.</summary>
internal static class OperationContextSearch
{
    /// <summary>The search result (a string list is a <c>List&lt;object?&gt;</c>), or null.</summary>
    public static object? Search(string path, IReadOnlyDictionary<string, object?>? callArgs) =>
        JmesPathExpression.Search(path, callArgs ?? new Dictionary<string, object?>());
}
