using System;
using System.Collections.Generic;
using System.Linq;
using BotoSharp.Generator.Parse;

namespace BotoSharp.Generator.Model;

internal sealed partial class ModelBuilder
{
    // Structures a request can contain (operation inputs and everything they reach): botocore validates required
    // members of exactly these, so only these get C# `required` members.
    private HashSet<string> InputShapes()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(_raw.Operations.Where(o => o.Input is not null).Select(o => o.Input!.Name));
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!reached.Add(name) || !_shapes.TryGetValue(name, out var shape))
            {
                continue;
            }
            foreach (var member in shape.Members)
            {
                pending.Push(member.Shape.Name);
            }
            foreach (var child in new[] { shape.Member, shape.Value })
            {
                if (child is not null)
                {
                    pending.Push(child.Name);
                }
            }
        }
        return reached;
    }

    // Operation outputs with a streamed payload or an event stream own a response body the caller must close, so
    // they are IDisposable.
    private HashSet<string> StreamingOutputs() => new HashSet<string>(
        _raw.Operations.Where(o => o.Output is not null && _shapes.TryGetValue(o.Output.Name, out var output) && output.Members.Any(OwnsResponseBody))
            .Select(o => o.Output!.Name),
        StringComparer.Ordinal);

    private bool OwnsResponseBody(RawMember member) => IsStreaming(member) || IsEventStream(member);

    private bool IsEventStream(RawMember member) =>
        _shapes.TryGetValue(member.Shape.Name, out var target) && target.Type == "structure" && target.EventStream && _structureTypes.ContainsKey(target.Name);

    private HashSet<string> OutputShapes() => new HashSet<string>(
        _raw.Operations.Where(o => o.Output is not null).Select(o => o.Output!.Name), StringComparer.Ordinal);

    private bool IsStreaming(RawMember member) =>
        member.Streaming || (_shapes.TryGetValue(member.Shape.Name, out var target) && target.Type == "blob" && target.Streaming);

    // A type named like a public runtime type in a namespace users import beside the service's (glue's Session vs
    // BotoSharp.Session) would make the simple name ambiguous (CS0104) in their code: prefix the service's name.
    private static string AvoidRuntimeName(string candidate, string servicePrefix) =>
        RuntimeTypeNames.Contains(candidate) ? servicePrefix + candidate : candidate;
}
