using BotoSharp.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Diagnostics;

/// <summary>An equatable description of a diagnostic, turned into a <see cref="Diagnostic"/> only when reported.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic()
    {
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }
        return Diagnostic.Create(DiagnosticDescriptors.Find(Id), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, args);
    }
}
