namespace BotoSharp.Generator.Model;

/// <summary>Project-wide settings from MSBuild (<c>BotoSharpNamespace</c>; <c>{Service}</c> is replaced by the service's name).</summary>
internal sealed record GeneratorOptions(string NamespaceTemplate)
{
    public const string DefaultNamespaceTemplate = "BotoSharp.Services.{Service}";

    public static GeneratorOptions Default { get; } = new GeneratorOptions(DefaultNamespaceTemplate);
}
