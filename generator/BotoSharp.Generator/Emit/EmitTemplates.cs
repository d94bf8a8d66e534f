using System.Collections.Generic;
using System.Linq;

namespace BotoSharp.Generator.Emit;

/// <summary>The emit templates, parsed once per generator load and shared by every service and thread.</summary>
internal static class EmitTemplates
{
    /// <summary>The file header: auto-generated marker, nullable context, namespace and imports.</summary>
    public static EmitTemplate Header { get; } = EmitTemplate.Load("Header");

    /// <summary>The client: operation metadata, constructors, the exceptions surface and one method per operation.</summary>
    public static EmitTemplate Client { get; } = EmitTemplate.Load("Client");

    /// <summary>The exceptions surface: one <c>Type</c> per error and the code → exception factory.</summary>
    public static EmitTemplate Exceptions { get; } = EmitTemplate.Load("Exceptions");

    /// <summary>The module initializer that registers the compiled model.</summary>
    public static EmitTemplate Registration { get; } = EmitTemplate.Load("Registration");

    /// <summary>A structure: properties, <c>ToParameters</c> and <c>FromParsed</c>.</summary>
    public static EmitTemplate Structure { get; } = EmitTemplate.Load("Structure");

    /// <summary>A structure's typed read (<c>ReadFrom</c>), appended to its file as a second part of the partial class.</summary>
    public static EmitTemplate StructureReader { get; } = EmitTemplate.Load("StructureReader");
    /// <summary>A structure's typed writer: <c>WriteTo</c>, appended to the structure's file as a second partial.</summary>
    public static EmitTemplate StructureWriter { get; } = EmitTemplate.Load("StructureWriter");

    /// <summary>An open enum: a readonly struct over a string.</summary>
    public static EmitTemplate Enum { get; } = EmitTemplate.Load("Enum");

    /// <summary>An error shape as an exception deriving from <c>ClientError</c>.</summary>
    public static EmitTemplate Error { get; } = EmitTemplate.Load("Error");

    /// <summary>The typed paginators: one method per paginator, returning typed pages.</summary>
    public static EmitTemplate Paginators { get; } = EmitTemplate.Load("Paginators");

    /// <summary>The typed waiters: one method per waiter.</summary>
    public static EmitTemplate Waiters { get; } = EmitTemplate.Load("Waiters");

    /// <summary>Every template, in a fixed order.</summary>
    public static IReadOnlyList<EmitTemplate> All { get; } = new[] { Header, Client, Exceptions, Registration, Structure, StructureReader, StructureWriter, Enum, Error, Paginators, Waiters };

    /// <summary>The templates that did not parse (empty in a correct build).</summary>
    public static IReadOnlyList<EmitTemplate> Broken { get; } = All.Where(t => t.Error is not null).ToArray();
}
