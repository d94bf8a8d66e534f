namespace Benchmarks;

/// <summary>The machine's load average, printed beside every run's figures (timings mean little without it).</summary>
public static class LoadAverage
{
    /// <summary>The 1, 5 and 15 minute load averages from <c>/proc/loadavg</c>, or a note where there is none.</summary>
    public static string Read()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "unavailable (no /proc/loadavg)";
        }
        var fields = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 3 ? $"{fields[0]} {fields[1]} {fields[2]} (1, 5, 15 min)" : "unreadable";
    }
}
