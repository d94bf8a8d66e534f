using System.Collections;
using BotoSharp.JmesPath;
using BotoSharp.Models;

namespace BotoSharp.Waiters;

/// <summary>botocore's acceptor matcher functions (<c>path</c>, <c>pathAll</c>, <c>pathAny</c>, <c>status</c>, <c>error</c>).</summary>
internal sealed class AcceptorMatcher
{
    private readonly JmesPathExpression? _expression;
    private readonly object? _expected;

    public AcceptorMatcher(AcceptorConfig config)
    {
        Config = config;
        _expression = config.Matcher is "path" or "pathAll" or "pathAny" ? JmesPathExpression.Compile(config.Argument ?? string.Empty) : null;
        _expected = config.Expected is null ? null
            : PythonJsonReader.TryParse(config.Expected.ToJsonString(), out var value) ? value : null;
    }

    /// <summary>The acceptor.</summary>
    public AcceptorConfig Config { get; }

    /// <summary>Whether the acceptor matches a parsed response or error response.</summary>
    public bool Matches(IReadOnlyDictionary<string, object?> response)
    {
        switch (Config.Matcher)
        {
            case "path":
                return !IsWaiterError(response) && JmesPathValues.PythonEquals(_expression!.Search(response), _expected);
            case "pathAll":
                return !IsWaiterError(response) && _expression!.Search(response) is IList { Count: > 0 } all
                    && all.Cast<object?>().All(e => JmesPathValues.PythonEquals(e, _expected));
            case "pathAny":
                return !IsWaiterError(response) && _expression!.Search(response) is IList { Count: > 0 } any
                    && any.Cast<object?>().Any(e => JmesPathValues.PythonEquals(e, _expected));
            case "status":
                var status = response.TryGetValue("ResponseMetadata", out var meta) && meta is IReadOnlyDictionary<string, object?> m
                    && m.TryGetValue("HTTPStatusCode", out var code) ? code : null;
                return JmesPathValues.PythonEquals(status, _expected);
            default:
                return ErrorMatches(response);
        }
    }

    private bool ErrorMatches(IReadOnlyDictionary<string, object?> response)
    {
        response.TryGetValue("Error", out var error);
        var errorMap = error as IReadOnlyDictionary<string, object?>;
        return _expected switch
        {
            true => errorMap is not null && errorMap.ContainsKey("Code"),
            false => !response.ContainsKey("Error"),
            _ => JmesPathValues.PythonEquals(errorMap is not null && errorMap.TryGetValue("Code", out var c) ? c : string.Empty, _expected),
        };
    }

    /// <summary>botocore's <c>is_valid_waiter_error</c>: an <c>Error</c> map with a <c>Code</c>.</summary>
    public static bool IsWaiterError(IReadOnlyDictionary<string, object?> response) =>
        response.TryGetValue("Error", out var error) && error is IReadOnlyDictionary<string, object?> map && map.ContainsKey("Code");
}
