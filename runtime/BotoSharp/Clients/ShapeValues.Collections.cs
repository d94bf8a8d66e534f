namespace BotoSharp.Clients;

public static partial class ShapeValues
{
    /// <summary>Reads a structure through its generated <c>FromParsed</c>; anything but a dictionary reads as null.</summary>
    public static T? ReadStructure<T>(object? value)
        where T : class, IResponseShape<T> => value switch
        {
            IReadOnlyDictionary<string, object?> d => T.FromParsed(d),
            IDictionary<string, object?> d => T.FromParsed(new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(d)),
            _ => null,
        };

    /// <summary>Writes a nested structure through its (explicitly implemented) <see cref="IRequestShape.ToParameters"/>.</summary>
    public static Dictionary<string, object?> WriteStructure(IRequestShape value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToParameters();
    }

    /// <summary>Reads a list, converting each element with <paramref name="read"/>.</summary>
    public static List<T>? ReadList<T>(object? value, Func<object?, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (value is not System.Collections.IEnumerable items || value is string || value is IDictionary<string, object?>)
        {
            return null;
        }
        var list = new List<T>();
        foreach (var item in items)
        {
            list.Add(read(item));
        }
        return list;
    }

    /// <summary>Reads a map with string keys, converting each value with <paramref name="read"/>.</summary>
    public static Dictionary<string, T>? ReadMap<T>(object? value, Func<object?, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        IEnumerable<KeyValuePair<string, object?>>? entries = value switch
        {
            IReadOnlyDictionary<string, object?> d => d,
            IDictionary<string, object?> d => d,
            _ => null,
        };
        if (entries is null)
        {
            return null;
        }
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[entry.Key] = read(entry.Value);
        }
        return map;
    }

    /// <summary>Writes a list in the value convention, converting each element with <paramref name="write"/>.</summary>
    public static List<object?> WriteList<T>(IEnumerable<T> items, Func<T, object?> write)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        var list = new List<object?>();
        foreach (var item in items)
        {
            list.Add(write(item));
        }
        return list;
    }

    /// <summary>Writes a map in the value convention, converting each value with <paramref name="write"/>.</summary>
    public static Dictionary<string, object?> WriteMap<T>(IEnumerable<KeyValuePair<string, T>> entries, Func<T, object?> write)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(write);
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[entry.Key] = write(entry.Value);
        }
        return map;
    }
}
