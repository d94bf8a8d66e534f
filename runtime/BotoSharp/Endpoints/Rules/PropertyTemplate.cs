namespace BotoSharp.Endpoints.Rules;

/// <summary>
/// An endpoint's <c>properties</c> tree. Only strings are templated (botocore does not evaluate <c>ref</c> or
/// <c>fn</c> objects here); maps and lists are rebuilt with resolved strings, other values are shared.
/// </summary>
internal sealed class PropertyTemplate
{
    private readonly object? _constant;
    private readonly TemplateExpression? _template;
    private readonly KeyValuePair<string, PropertyTemplate>[]? _map;
    private readonly PropertyTemplate[]? _list;

    private PropertyTemplate(object? constant, TemplateExpression? template,
        KeyValuePair<string, PropertyTemplate>[]? map, PropertyTemplate[]? list)
    {
        _constant = constant;
        _template = template;
        _map = map;
        _list = list;
    }

    /// <summary>A value copied as is.</summary>
    public static PropertyTemplate Constant(object? value) => new(value, null, null, null);

    /// <summary>A template string.</summary>
    public static PropertyTemplate Template(TemplateExpression template) => new(null, template, null, null);

    /// <summary>An object whose members are resolved in order.</summary>
    public static PropertyTemplate Map(KeyValuePair<string, PropertyTemplate>[] members) => new(null, null, members, null);

    /// <summary>An array whose items are resolved in order.</summary>
    public static PropertyTemplate List(PropertyTemplate[] items) => new(null, null, null, items);

    /// <summary>Builds the value in botocore's plain shapes (Dictionary / List / string / bool / long / double).</summary>
    public object? Resolve(RuleScope scope)
    {
        if (_template is not null)
        {
            return _template.Evaluate(scope);
        }
        if (_map is not null)
        {
            var map = new Dictionary<string, object?>(_map.Length, StringComparer.Ordinal);
            foreach (var (key, value) in _map)
            {
                map[key] = value.Resolve(scope);
            }
            return map;
        }
        if (_list is not null)
        {
            var list = new List<object?>(_list.Length);
            foreach (var item in _list)
            {
                list.Add(item.Resolve(scope));
            }
            return list;
        }
        return _constant;
    }
}
