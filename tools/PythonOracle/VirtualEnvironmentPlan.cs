namespace BotoSharp.OracleTools;

/// <summary>
/// The decisions of the second path (python3 lacks the pinned versions): where the repository-local virtual
/// environment lives, the commands that create and fill it, and the messages a user reads. Pure, so tests check
/// them without a network.
/// </summary>
/// <param name="RepositoryRoot">The folder holding <c>requirements.txt</c> and <c>.venv/</c>.</param>
/// <param name="BasePython">The interpreter that creates the environment (normally <c>python3</c>).</param>
/// <param name="OnWindows">Whether the environment uses the Windows layout (<c>Scripts\python.exe</c>).</param>
internal sealed record VirtualEnvironmentPlan(string RepositoryRoot, string BasePython, bool OnWindows)
{
    /// <summary>The plan for this machine.</summary>
    public static VirtualEnvironmentPlan ForThisMachine(string repositoryRoot) =>
        new(repositoryRoot, "python3", OperatingSystem.IsWindows());

    /// <summary><c>.venv/</c> at the repository root (gitignored).</summary>
    public string Folder => Path.Combine(RepositoryRoot, ".venv");

    /// <summary>The pinned requirements file.</summary>
    public string RequirementsFile => Path.Combine(RepositoryRoot, "requirements.txt");

    /// <summary>The environment's own interpreter.</summary>
    public string Interpreter => OnWindows ? Path.Combine(Folder, "Scripts", "python.exe") : Path.Combine(Folder, "bin", "python");

    /// <summary>The two commands, in order: create the environment, then install the requirements into it.</summary>
    public IReadOnlyList<(string FileName, string[] Arguments)> Commands =>
    [
        (BasePython, ["-m", "venv", Folder]),
        (Interpreter, ["-m", "pip", "install", "--disable-pip-version-check", "-r", RequirementsFile]),
    ];

    /// <summary>Printed once, before the first-time set-up starts.</summary>
    public string ProgressMessage(IReadOnlyList<string> unmet) =>
        $"BotoSharp: python3 is not the pinned oracle ({string.Join("; ", unmet)}); " +
        $"creating {Folder} and installing {RequirementsFile} into it (first time only, reused afterwards)...";

    /// <summary>The error when a set-up command fails (typically: the package index cannot be reached).</summary>
    public string FailureMessage(string failedCommand, int exitCode, string output) =>
        $"Setting up the python oracle failed: '{failedCommand}' exited with {exitCode}. " +
        "If the package index cannot be reached from here, run on a machine that can: " +
        $"'{BasePython} -m venv {Folder} && {Interpreter} -m pip install -r {RequirementsFile}', " +
        $"or install the pinned versions into python3 itself: 'python3 -m pip install -r {RequirementsFile}'.\n" +
        output.Trim();

    /// <summary>A command as a user would type it.</summary>
    public static string Display((string FileName, string[] Arguments) command) =>
        string.Join(" ", new[] { command.FileName }.Concat(command.Arguments));
}
