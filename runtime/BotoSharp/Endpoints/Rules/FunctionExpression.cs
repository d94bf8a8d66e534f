using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Rules;

/// <summary>
/// <c>{"fn": …, "argv": […], "assign": …}</c>. Arguments are evaluated first, then the function; the result is
/// bound to <c>assign</c> when present (a condition's function).
/// </summary>
internal sealed class FunctionExpression : Expression
{
    private readonly RuleFunction _function;
    private readonly Expression[] _arguments;
    private readonly int _assignSlot;
    private readonly GetAttrPath? _constantPath;

    /// <summary>Creates the call; <paramref name="assignSlot"/> is -1 without <c>assign</c>.</summary>
    public FunctionExpression(RuleFunction function, Expression[] arguments, int assignSlot)
    {
        _function = function;
        _arguments = arguments;
        _assignSlot = assignSlot;
        // The path of getAttr is a literal in every rule set; parse it once.
        if (function == RuleFunction.GetAttr && arguments.Length == 2
            && arguments[1] is LiteralExpression { Value: string path })
        {
            _constantPath = GetAttrPath.Parse(path);
        }
    }

    /// <inheritdoc />
    public override object? Evaluate(RuleScope scope)
    {
        var result = Call(scope);
        if (_assignSlot >= 0)
        {
            scope.Assign(_assignSlot, result);
        }
        return result;
    }

    private object? Call(RuleScope scope)
    {
        switch (_function)
        {
            case RuleFunction.IsSet:
                return Arg(scope, 0) is not null ? StandardLibrary.True : StandardLibrary.False;
            case RuleFunction.Not:
                return Protocols.PythonFormat.IsTruthy(Arg(scope, 0)) ? StandardLibrary.False : StandardLibrary.True;
            case RuleFunction.BooleanEquals:
                return StandardLibrary.BooleanEquals(Arg(scope, 0), Arg(scope, 1));
            case RuleFunction.StringEquals:
                return StandardLibrary.StringEquals(Arg(scope, 0), Arg(scope, 1));
            case RuleFunction.GetAttr:
            {
                var value = Arg(scope, 0);
                var path = _constantPath ?? GetAttrPath.Parse(Arg(scope, 1) as string
                    ?? throw new EndpointResolutionError("getAttr path must be a string"));
                return path.Apply(value);
            }
            case RuleFunction.Substring:
                return StandardLibrary.Substring(Arg(scope, 0), Arg(scope, 1), Arg(scope, 2), Arg(scope, 3));
            case RuleFunction.UriEncode:
                return StandardLibrary.UriEncode(Arg(scope, 0));
            case RuleFunction.ParseUrl:
                return UrlComponents.Parse(Arg(scope, 0));
            case RuleFunction.IsValidHostLabel:
                return StandardLibrary.IsValidHostLabel(Arg(scope, 0), Arg(scope, 1));
            case RuleFunction.AwsPartition:
                return scope.RuleSet.Partitions.Resolve(Arg(scope, 0) as string);
            case RuleFunction.AwsParseArn:
                return ArnComponents.Parse(Arg(scope, 0));
            case RuleFunction.AwsIsVirtualHostableS3Bucket:
                return StandardLibrary.IsVirtualHostableS3Bucket(Arg(scope, 0), Arg(scope, 1));
            default:
                throw new EndpointResolutionError($"Unknown function: {_function}");
        }
    }

    private object? Arg(RuleScope scope, int index)
    {
        if (index >= _arguments.Length)
        {
            throw new EndpointResolutionError(
                $"Function {_function} expects more than {_arguments.Length} argument(s)");
        }
        return _arguments[index].Evaluate(scope);
    }
}
