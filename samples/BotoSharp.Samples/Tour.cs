using System.Text.Json;
using BotoSharp;
using BotoSharp.Configuration;
using BotoSharp.Errors;

namespace BotoSharp.Samples;

/// <summary>Small printing helpers for the session tour.</summary>
internal static class Tour
{
    /// <summary>Prints a section heading.</summary>
    public static void Heading(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
    }

    /// <summary>Runs a lookup, printing a BotoSharp error (bad config file, missing profile…) instead of failing.</summary>
    public static T Try<T>(Func<T> lookup, T fallback)
    {
        try
        {
            return lookup();
        }
        catch (BotoCoreError error)
        {
            Console.WriteLine($"  ! {error.GetType().Name}: {error.Message}");
            return fallback;
        }
    }

    /// <summary>A value as botocore would show it (dictionaries as JSON).</summary>
    public static string Show(object? value) => value switch
    {
        null => "None",
        string s => s,
        bool b => b ? "True" : "False",
        IReadOnlyDictionary<string, object?> map => JsonSerializer.Serialize(map),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>The data path to search besides compiled models: AWS_DATA_PATH, or the repository's models/ when run from it.</summary>
    public static string? DataPath(Session session)
    {
        if (Try(() => session.GetConfigVariable("data_path"), null) is string configured)
        {
            return configured;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sdk.sln")))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }
        return null;
    }
}
