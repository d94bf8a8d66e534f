namespace BotoSharp.JmesPath;

/// <summary>
/// jmespath's built-in functions with python jmespath's signatures: arity is checked first, then the declared
/// argument types (only as many arguments as the signature lists, so a variadic function checks its first only).
/// </summary>
internal static partial class JmesPathFunctions
{
    private sealed record Signature(bool Variadic, params string[][] Types);

    private static readonly Dictionary<string, Signature> s_signatures = new(StringComparer.Ordinal)
    {
        ["abs"] = new(false, new[] { "number" }),
        ["avg"] = new(false, new[] { "array-number" }),
        ["ceil"] = new(false, new[] { "number" }),
        ["contains"] = new(false, new[] { "array", "string" }, Array.Empty<string>()),
        ["ends_with"] = new(false, new[] { "string" }, new[] { "string" }),
        ["floor"] = new(false, new[] { "number" }),
        ["join"] = new(false, new[] { "string" }, new[] { "array-string" }),
        ["keys"] = new(false, new[] { "object" }),
        ["length"] = new(false, new[] { "string", "array", "object" }),
        ["map"] = new(false, new[] { "expref" }, new[] { "array" }),
        ["max"] = new(false, new[] { "array-number", "array-string" }),
        ["max_by"] = new(false, new[] { "array" }, new[] { "expref" }),
        ["merge"] = new(true, new[] { "object" }),
        ["min"] = new(false, new[] { "array-number", "array-string" }),
        ["min_by"] = new(false, new[] { "array" }, new[] { "expref" }),
        ["not_null"] = new(true, Array.Empty<string>()),
        ["reverse"] = new(false, new[] { "array", "string" }),
        ["sort"] = new(false, new[] { "array-string", "array-number" }),
        ["sort_by"] = new(false, new[] { "array" }, new[] { "expref" }),
        ["starts_with"] = new(false, new[] { "string" }, new[] { "string" }),
        ["sum"] = new(false, new[] { "array-number" }),
        ["to_array"] = new(false, Array.Empty<string>()),
        ["to_number"] = new(false, Array.Empty<string>()),
        ["to_string"] = new(false, Array.Empty<string>()),
        ["type"] = new(false, Array.Empty<string>()),
        ["values"] = new(false, new[] { "object" }),
    };

    /// <summary>Calls function <paramref name="name"/> with its evaluated arguments.</summary>
    public static object? Call(string name, List<object?> args)
    {
        if (!s_signatures.TryGetValue(name, out var signature))
        {
            throw new JmesPathError("UnknownFunctionError", $"Unknown function: {name}()");
        }
        int expected = signature.Types.Length;
        if (signature.Variadic ? args.Count < expected : args.Count != expected)
        {
            var plural = expected == 1 ? "argument" : "arguments";
            throw signature.Variadic
                ? new JmesPathError("VariadictArityError", $"Expected at least {expected} {plural} for function {name}(), received {args.Count}")
                : new JmesPathError("ArityError", $"Expected {expected} {plural} for function {name}(), received {args.Count}");
        }
        for (int i = 0; i < expected; i++)
        {
            if (signature.Types[i].Length > 0)
            {
                TypeCheck(name, args[i], signature.Types[i]);
            }
        }
        return Invoke(name, args);
    }

    private static void TypeCheck(string name, object? value, string[] types)
    {
        var actual = JmesPathValues.TypeName(value);
        var subtypes = new List<string>();
        bool allowed = false;
        foreach (var type in types)
        {
            int dash = type.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                subtypes.Add(type[(dash + 1)..]);
            }
            allowed |= (dash > 0 ? type[..dash] : type) == actual;
        }
        if (!allowed)
        {
            throw TypeError(name, value, actual, types);
        }
        if (subtypes.Count == 0)
        {
            return;
        }
        var list = JmesPathValues.AsList(value)!;
        if (subtypes.Count > 1 && list.Count == 0)
        {
            return;
        }
        // With several element types allowed, the first element decides which one the whole array must be.
        var required = subtypes.Count == 1 ? subtypes[0] : JmesPathValues.TypeName(list[0]);
        if (!subtypes.Contains(required, StringComparer.Ordinal))
        {
            throw TypeError(name, list[0], required, types);
        }
        foreach (var element in list)
        {
            if (JmesPathValues.TypeName(element) != required)
            {
                throw TypeError(name, element, JmesPathValues.TypeName(element), types);
            }
        }
    }

    /// <summary>jmespath's <c>JMESPathTypeError</c> for a value of the wrong type.</summary>
    internal static JmesPathError TypeError(string name, object? value, string actual, IEnumerable<string> expected) =>
        new("JMESPathTypeError",
            $"In function {name}(), invalid type for value: {Protocols.PythonFormat.Str(value is JmesPathExpref ? "<expref>" : value)}, expected one of: [{string.Join(", ", expected.Select(e => $"'{e}'"))}], received: \"{actual}\"");
}
