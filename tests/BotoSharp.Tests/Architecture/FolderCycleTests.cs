using System.Text.RegularExpressions;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Architecture;

/// <summary>
/// Runtime folders must not depend on each other both ways: a folder "uses" another when one of its files names a
/// <c>BotoSharp.X</c> namespace (a using, an alias or a qualified name) or a type of X as <c>X.Type</c>. Files at the
/// runtime's root (Session, BaseClient, IClientPipeline) are the assembly's front door, outside every folder.
/// </summary>
[TestFixture]
public sealed partial class FolderCycleTests
{
    // Mutual uses still open (issue 7 broke Signing-Http, Signing-Protocols and Loading-Clients), each deeper than a
    // type move: the stages call the protocol serializers while the typed writers take the client shapes; the call
    // path takes credentials while the credential providers make STS/SSO calls through clients; BuiltinHandlers
    // registers the Customizations rows, which are event handlers; S3/query handlers call protocol writers while the
    // typed reader gates on a handler row; protocol errors are Errors while ClientError formats with Python's str().
    // Listed so that a new cycle fails and a broken one must be struck off.
    private static readonly string[] s_knownCycles =
    {
        "Clients <-> Credentials", "Clients <-> Protocols", "Customizations <-> Events", "Customizations <-> Protocols", "Errors <-> Protocols",
    };

    [Test]
    public void No_two_runtime_folders_use_each_other_beyond_the_known_list()
    {
        var uses = FolderUses();
        var cycles = uses.Keys
            .SelectMany(a => uses[a].Keys.Where(b => string.CompareOrdinal(a, b) < 0 && uses.GetValueOrDefault(b)?.ContainsKey(a) == true)
                .Select(b => $"{a} <-> {b}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var explained = cycles.Select(c => c + Explain(uses, c)).ToList();
        Assert.That(cycles, Is.EquivalentTo(s_knownCycles), string.Join("\n", explained));
    }

    [TestCase("Signing", "Protocols")]
    [TestCase("Signing", "Http")]
    [TestCase("Loading", "Clients")]
    public void The_folders_issue_7_separated_stay_one_way(string first, string second)
    {
        var uses = FolderUses();
        var both = uses.GetValueOrDefault(first)?.ContainsKey(second) == true && uses.GetValueOrDefault(second)?.ContainsKey(first) == true;
        Assert.That(both, Is.False, $"{first} <-> {second}" + Explain(uses, $"{first} <-> {second}"));
    }

    [Test]
    public void The_scan_sees_the_runtime_s_folders_and_their_uses()
    {
        // Guards the scan itself: the call stages plainly use the serializers and the signers.
        var uses = FolderUses();
        Assert.That(uses["Clients"].Keys, Does.Contain("Protocols").And.Contain("Signing"));
    }

    /// <summary>Folder → (used folder → the files that use it).</summary>
    private static Dictionary<string, Dictionary<string, List<string>>> FolderUses()
    {
        var runtime = Path.Combine(RepoPaths.Root, "runtime", "BotoSharp");
        var files = Directory.EnumerateFiles(runtime, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(runtime, f).Replace('\\', '/'))
            .Where(f => f.Contains('/', StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .ToList();
        var texts = files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(runtime, f)));
        // A namespace's folder is where its files live (Credentials/ holds BotoSharp.Auth).
        var folderOfNamespace = texts
            .Select(t => (Folder: t.Key[..t.Key.IndexOf('/', StringComparison.Ordinal)], Match: NamespaceLine().Match(t.Value)))
            .Where(t => t.Match.Success)
            .GroupBy(t => t.Match.Groups[1].Value)
            .ToDictionary(g => g.Key, g => g.First().Folder);
        // The types each top namespace declares, for references written relative to BotoSharp (Errors.ClientError).
        var typesOf = texts
            .Where(t => NamespaceLine().IsMatch(t.Value))
            .GroupBy(t => NamespaceLine().Match(t.Value).Groups[1].Value)
            .ToDictionary(g => g.Key, g => g.SelectMany(t => TypeDeclaration().Matches(t.Value).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));
        var uses = new Dictionary<string, Dictionary<string, List<string>>>();
        foreach (var (file, text) in texts)
        {
            var folder = file[..file.IndexOf('/', StringComparison.Ordinal)];
            var code = WithoutComments(text);
            var named = NamespaceReference().Matches(code).Select(m => m.Groups[1].Value)
                .Concat(RelativeTypeReference().Matches(code).Where(m => typesOf.GetValueOrDefault(m.Groups[1].Value)?.Contains(m.Groups[2].Value) == true)
                    .Select(m => m.Groups[1].Value));
            foreach (var name in named)
            {
                if (folderOfNamespace.TryGetValue(name, out var used) && used != folder)
                {
                    var users = uses.TryGetValue(folder, out var u) ? u : uses[folder] = new();
                    (users.TryGetValue(used, out var list) ? list : users[used] = new()).Add(file);
                }
            }
        }
        return uses;
    }

    private static string Explain(Dictionary<string, Dictionary<string, List<string>>> uses, string cycle)
    {
        var (a, b) = (cycle.Split(" <-> ")[0], cycle.Split(" <-> ")[1]);
        string Files(string from, string to) => string.Join(", ", uses.GetValueOrDefault(from)?.GetValueOrDefault(to)?.Distinct() ?? Enumerable.Empty<string>());
        return $"\n  {a} -> {b}: {Files(a, b)}\n  {b} -> {a}: {Files(b, a)}";
    }

    private static string WithoutComments(string text) => LineComment().Replace(text, string.Empty);

    [GeneratedRegex(@"^namespace\s+BotoSharp\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"\bBotoSharp\.(\w+)")]
    private static partial Regex NamespaceReference();

    [GeneratedRegex(@"(?<![\w.])(\w+)\.(\w+)")]
    private static partial Regex RelativeTypeReference();

    [GeneratedRegex(@"\b(?:class|struct|interface|record|enum)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
