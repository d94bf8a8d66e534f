using System.Collections;

namespace BotoSharp.Protocols.Validation;

/// <summary>Whether a value can be written as JSON (what <c>json.dumps</c> accepts for a <c>jsonvalue</c> header).</summary>
internal static class JsonText
{
    public static bool IsSerializable(object? value, out string problem)
    {
        problem = string.Empty;
        switch (value)
        {
            case null or string or bool:
                return true;
            case IDictionary<string, object?> dict:
                foreach (var item in dict.Values)
                {
                    if (!IsSerializable(item, out problem))
                    {
                        return false;
                    }
                }
                return true;
            case IList list when value is not byte[]:
                foreach (var item in list)
                {
                    if (!IsSerializable(item, out problem))
                    {
                        return false;
                    }
                }
                return true;
        }
        if (ValueConversions.IsNumber(value) && value is not decimal)
        {
            return true;
        }
        problem = $"Object of type {PythonFormat.TypeName(value)[8..^2]} is not JSON serializable";
        return false;
    }
}
