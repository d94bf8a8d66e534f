using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Emit;
using BotoSharp.Generator.Tests.Support;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BotoSharp.Generator.Tests;

/// <summary>The emit templates: embedded, parsed once, rendered under strict settings.</summary>
public class TemplateTests
{
    private static readonly string s_templateFolder = Path.Combine(RepoPaths.Root, "generator", "BotoSharp.Generator", "Templates");

    private static IEnumerable<TestCaseData> TemplateFiles() =>
        Directory.EnumerateFiles(s_templateFolder, "*.sbn-cs")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetName($"The template {Path.GetFileName(p)} is embedded and parses"));

    [TestCaseSource(nameof(TemplateFiles))]
    public void EveryTemplateFileIsEmbeddedAndParses(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var template = EmitTemplates.All.SingleOrDefault(t => t.Name == name);
        Assert.That(template, Is.Not.Null, $"{name} is not listed in EmitTemplates.All");
        Assert.That(template!.Error, Is.Null);
    }

    [Test]
    public void NoEmbeddedTemplateIsBroken() =>
        Assert.That(EmitTemplates.Broken.Select(t => $"{t.Name}: {t.Error}"), Is.Empty);

    [TestCaseSource(nameof(TemplateFiles))]
    public void TemplateFilesUseLfLineEnds(string path) =>
        Assert.That(File.ReadAllText(path), Does.Not.Contain("\r"));

    [Test]
    public void ATemplateThatDoesNotParseKeepsTheParserMessageInsteadOfThrowing()
    {
        var broken = EmitTemplate.Parse("Broken", "{{ for x in }}");
        Assert.That(broken.Error, Does.Contain("Broken.sbn-cs"));
        Assert.That(() => broken.Render(new ScriptObject(), CancellationToken.None),
            Throws.InvalidOperationException.With.Message.Contains("Broken"));
    }

    [Test]
    public void ABrokenTemplateIsReportedAsBoto202() =>
        Assert.That(DiagnosticDescriptors.Find("BOTO202"), Is.SameAs(DiagnosticDescriptors.BrokenTemplate));

    [TestCase("class {{ specs.type_name }}", TestName = "An undefined variable in a template is an error, not an empty string")]
    [TestCase("class {{ spec.nme }}", TestName = "A misspelled member in a template is an error, not an empty string")]
    public void UnknownNamesInATemplateAreErrors(string text)
    {
        var template = EmitTemplate.Parse("Strict", text);
        // A spec record, as the emitter passes them; its members are seen snake_case (spec.name, spec.value).
        var model = new ScriptObject { ["spec"] = new Model.EnumValueSpec("Thing", "thing") };
        Assert.That(EmitTemplate.Parse("Right", "class {{ spec.name }}").Render(model, CancellationToken.None), Is.EqualTo("class Thing"));
        Assert.That(() => template.Render(model, CancellationToken.None), Throws.InstanceOf<ScriptRuntimeException>());
    }

    [Test]
    public void RenderingUsesLfAndACancelledRenderThrowsOperationCanceled()
    {
        var template = EmitTemplate.Parse("Loop", "{{~ for i in items ~}}\nline {{ i }}\n{{~ end ~}}\n");
        var model = new ScriptObject { ["items"] = Enumerable.Range(0, 3).ToArray() };
        Assert.That(template.Render(model, CancellationToken.None), Is.EqualTo("line 0\nline 1\nline 2\n"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => template.Render(model, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void TheSummaryHelperPrintsShortDocsOnOneLineAndLongDocsAsABlock()
    {
        Assert.That(TemplateFunctions.Summary(new Model.EquatableArray<string>(new[] { "Short." }), "    "),
            Is.EqualTo("    /// <summary>Short.</summary>\n"));
        Assert.That(TemplateFunctions.Summary(new Model.EquatableArray<string>(new[] { "One.", "Two." }), ""),
            Is.EqualTo("/// <summary>\n/// One.\n/// Two.\n/// </summary>\n"));
    }

    [Test]
    public void TheObsoleteHelperPrintsNothingForACurrentMemberAndTheMessageAsALiteral()
    {
        Assert.That(TemplateFunctions.Obsolete(null, "Obsolete", ""), Is.Empty);
        Assert.That(TemplateFunctions.Obsolete("", "Obsolete", "    "), Is.EqualTo("    [Obsolete]\n"));
        Assert.That(TemplateFunctions.Obsolete("use \"B\"", "Obsolete", ""), Is.EqualTo("[Obsolete(\"use \\\"B\\\"\")]\n"));
    }

    [Test]
    public void FreshContextsShareTheMemberAccessorOfASpecRecordType()
    {
        var first = new EmitContext(TemplateFunctions.Functions).GetMemberAccessor(new Model.EnumValueSpec("A", "a"));
        var second = new EmitContext(TemplateFunctions.Functions).GetMemberAccessor(new Model.EnumValueSpec("B", "b"));
        Assert.That(second, Is.SameAs(first));
        Assert.That(new EmitContext(TemplateFunctions.Functions).GetMemberAccessor(new ScriptObject()), Is.Not.SameAs(first));
    }
}
