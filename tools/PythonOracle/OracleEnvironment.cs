using System.Diagnostics;

namespace BotoSharp.OracleTools;

/// <summary>
/// The python interpreter that has the pinned oracle (<c>requirements.txt</c>): <c>python3</c> itself when it already
/// has those versions, otherwise the repository-local <c>.venv/</c>, created and filled the first time it is needed.
/// </summary>
internal static class OracleEnvironment
{
    private static readonly Lazy<string> s_interpreter = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The interpreter's full path (resolved once per process).</summary>
    /// <exception cref="InvalidOperationException">The virtual environment could not be set up; the message names the command to run.</exception>
    public static string Interpreter => s_interpreter.Value;

    /// <summary>
    /// The folder holding <c>Sdk.sln</c> above the running program, or else above the current directory (a native
    /// executable published outside the repository and run from inside it).
    /// </summary>
    public static string RepositoryRoot =>
        FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException($"Sdk.sln not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");

    private static string? FindRepositoryRoot(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sdk.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName;
    }

    private static string Resolve()
    {
        var plan = VirtualEnvironmentPlan.ForThisMachine(RepositoryRoot);
        var requirements = PythonRequirement.ParseFile(File.ReadAllText(plan.RequirementsFile));
        var unmet = UnmetBy(plan.BasePython, requirements, out var executable);
        if (unmet.Count == 0)
        {
            return executable!;
        }
        // Another test process may be creating the environment right now: one at a time.
        using var gate = AcquireLock(plan.Folder + ".lock");
        if (File.Exists(plan.Interpreter) && UnmetBy(plan.Interpreter, requirements, out _).Count == 0)
        {
            return plan.Interpreter;
        }
        Console.Error.WriteLine(plan.ProgressMessage(unmet));
        foreach (var command in plan.Commands)
        {
            var (exitCode, output) = RunCommand(command);
            if (exitCode != 0)
            {
                throw new InvalidOperationException(plan.FailureMessage(VirtualEnvironmentPlan.Display(command), exitCode, output));
            }
        }
        var stillUnmet = UnmetBy(plan.Interpreter, requirements, out _);
        if (stillUnmet.Count != 0)
        {
            throw new InvalidOperationException(plan.FailureMessage(VirtualEnvironmentPlan.Display(plan.Commands[^1]), 0, string.Join("; ", stillUnmet)));
        }
        Console.Error.WriteLine($"BotoSharp: python oracle ready in {plan.Folder}");
        return plan.Interpreter;
    }

    private static IReadOnlyList<string> UnmetBy(string python, IReadOnlyList<PythonRequirement> requirements, out string? executable)
    {
        var probe = OracleProbe.Run(python, requirements);
        executable = probe?.Executable;
        return probe is { } found
            ? PythonRequirement.Unmet(requirements, found.Installed)
            : [$"{python} could not be run"];
    }

    private static (int ExitCode, string Output) RunCommand((string FileName, string[] Arguments) command)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return (-1, error.Message);
        }
    }

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }
}
