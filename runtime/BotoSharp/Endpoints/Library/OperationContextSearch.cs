using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using DevLab.JmesPath;
using Newtonsoft.Json.Linq;

namespace BotoSharp.Endpoints.Library;

/// <summary>
/// Evaluates an <c>operationContextParams</c> JMESPath over the call arguments. JmesPath.Net works on
/// Newtonsoft tokens, so the arguments are converted (only the shapes JMESPath can see: maps, lists,
/// strings, numbers, booleans; other values as strings) and the result is turned back into plain values.
/// </summary>
internal static class OperationContextSearch
{
    private static readonly JmesPath s_jmesPath = new();
    private static readonly ConcurrentDictionary<string, DevLab.JmesPath.Expressions.JmesPathExpression> s_expressions = new(StringComparer.Ordinal);

    /// <summary>The search result (a string list becomes <c>List&lt;object?&gt;</c>), or null.</summary>
    public static object? Search(string path, IReadOnlyDictionary<string, object?>? callArgs)
    {
        var expression = s_expressions.GetOrAdd(path, static p => s_jmesPath.Parse(p));
        var input = ToToken(callArgs ?? new Dictionary<string, object?>());
        var result = expression.Transform(input);
        return FromToken(result.AsJToken());
    }

    private static JToken ToToken(object? value)
    {
        switch (value)
        {
            case null:
                return JValue.CreateNull();
            case string s:
                return new JValue(s);
            case bool b:
                return new JValue(b);
            case long or int or short or byte:
                return new JValue(System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
            case double or float or decimal:
                return new JValue(System.Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case IEnumerable<KeyValuePair<string, object?>> map:
            {
                var obj = new JObject();
                foreach (var (key, item) in map)
                {
                    obj[key] = ToToken(item);
                }
                return obj;
            }
            case IEnumerable items and not byte[]:
            {
                var array = new JArray();
                foreach (var item in items)
                {
                    array.Add(ToToken(item));
                }
                return array;
            }
            default:
                return new JValue(System.Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    private static object? FromToken(JToken? token) => token switch
    {
        null => null,
        JArray array => array.Select(FromToken).ToList(),
        JObject obj => obj.Properties().ToDictionary(p => p.Name, p => FromToken(p.Value), StringComparer.Ordinal),
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => null,
        JValue { Type: JTokenType.Boolean } v => v.Value<bool>(),
        JValue { Type: JTokenType.Integer } v => v.Value<long>(),
        JValue { Type: JTokenType.Float } v => v.Value<double>(),
        JValue v => System.Convert.ToString(v.Value, CultureInfo.InvariantCulture),
        _ => null,
    };
}
