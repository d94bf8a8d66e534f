using System.IO;
using System.Linq;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BotoSharp.Generator.Emit;

/// <summary>
/// One embedded <c>Templates/*.sbn-cs</c> template, parsed once. A template that does not parse keeps its messages
/// instead of throwing, so the generator reports BOTO202 rather than failing the build with CS8785.
/// </summary>
internal sealed class EmitTemplate
{
    private readonly Template? _template;

    private EmitTemplate(string name, Template? template, string? error)
    {
        Name = name;
        _template = template;
        Error = error;
    }

    /// <summary>The template's file name without extension (<c>Client</c>, <c>Structure</c>…).</summary>
    public string Name { get; }

    /// <summary>The parser's messages when the template does not parse; otherwise null.</summary>
    public string? Error { get; }

    /// <summary>Parses <paramref name="text"/>; the result carries the parse errors instead of throwing.</summary>
    public static EmitTemplate Parse(string name, string text)
    {
        var template = Template.Parse(text, name + ".sbn-cs");
        return template.HasErrors
            ? new EmitTemplate(name, null, string.Join("; ", template.Messages.Select(m => m.ToString())))
            : new EmitTemplate(name, template, null);
    }

    /// <summary>Reads and parses the embedded resource <c>BotoSharp.Generator.Templates.{name}.sbn-cs</c>.</summary>
    public static EmitTemplate Load(string name)
    {
        var resource = "BotoSharp.Generator.Templates." + name + ".sbn-cs";
        using var stream = typeof(EmitTemplate).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return new EmitTemplate(name, null, "the embedded resource " + resource + " is missing");
        }
        using var reader = new StreamReader(stream);
        // LF is enforced by Templates/.gitattributes; normalizing again keeps a CRLF checkout's output identical.
        return Parse(name, reader.ReadToEnd().Replace("\r\n", "\n"));
    }

    /// <summary>
    /// Renders with a fresh context: <c>\n</c> line ends on every machine, unknown variables or members are errors,
    /// and no loop, string or output limit (EC2's embedded model alone is megabytes).
    /// </summary>
    /// <param name="model">The template's global variables.</param>
    /// <param name="cancellationToken">Stops the render between statements.</param>
    /// <param name="prefix">Text printed before the template's own output (the file header), without an extra copy.</param>
    public string Render(ScriptObject model, System.Threading.CancellationToken cancellationToken, string prefix = "")
    {
        if (_template is null)
        {
            throw new System.InvalidOperationException($"Emit template '{Name}' does not parse: {Error}");
        }
        var context = new EmitContext(TemplateFunctions.Functions)
        {
            NewLine = "\n",
            StrictVariables = true,
            // A misspelled member (spec.type_nme) fails the render instead of printing nothing.
            EnableRelaxedMemberAccess = false,
            LoopLimit = 0,
            LimitToString = 0,
            OutputLimit = 0,
            AutoIndent = false,
            CancellationToken = cancellationToken,
        };
        context.PushOutput(new StringBuilderOutput(new StringBuilder(prefix, prefix.Length + 4096)));
        context.PushGlobal(model);
        try
        {
            return _template.Render(context);
        }
        catch (ScriptAbortException) when (cancellationToken.IsCancellationRequested)
        {
            // Scriban reports cancellation as its own abort; the generator driver expects OperationCanceledException.
            throw new System.OperationCanceledException(cancellationToken);
        }
    }
}
