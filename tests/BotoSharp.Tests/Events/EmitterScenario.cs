using System.Text.Json;
using System.Text.Json.Nodes;
using BotoSharp.Events;
using BotoSharp.Tests.Loading;

namespace BotoSharp.Tests.Events;

/// <summary>
/// A scripted sequence of registrations, unregistrations and emits, run both on BotoSharp's emitter and on
/// botocore's, producing a transcript to compare. Handlers are named by labels; a label starting with <c>r</c>
/// returns itself, any other returns null.
/// Each op is a JSON array: <c>[verb, event, label|null, uniqueId|null, usesCount]</c>, verbs
/// <c>reg first last unreg emit until copy-emit</c>; <c>aliased</c> wraps the emitter in the alias table.
/// </summary>
internal static class EmitterScenario
{
    private const string Script = """
import sys, json, copy
from botocore.hooks import HierarchicalEmitter, EventAliaser
spec = json.load(sys.stdin)
em = HierarchicalEmitter()
if spec['aliased']:
    em = EventAliaser(em)
handlers = {}
def handler_for(label):
    if label is None:
        return None
    if label not in handlers:
        def h(**kw):
            return label if label.startswith('r') else None
        handlers[label] = h
    return handlers[label]
def name(h):
    for l, x in handlers.items():
        if x is h: return l
    return None
out = []
for verb, event, label, uid, count in spec['ops']:
    try:
        h = handler_for(label)
        if verb == 'reg': em.register(event, h, uid, count); out.append('ok')
        elif verb == 'first': em.register_first(event, h, uid, count); out.append('ok')
        elif verb == 'last': em.register_last(event, h, uid, count); out.append('ok')
        elif verb == 'unreg': em.unregister(event, h, uid, count); out.append('ok')
        elif verb == 'emit': out.append([[name(x), r] for x, r in em.emit(event)])
        elif verb == 'until': x, r = em.emit_until_response(event); out.append([name(x), r])
        elif verb == 'copy': em = copy.copy(em); out.append('ok')
    except ValueError:
        out.append('ValueError')
print(json.dumps(out))
""";

    /// <summary>botocore's transcript for <paramref name="ops"/>.</summary>
    public static string RunBotocore(string ops, bool aliased) =>
        JsonNode.Parse(PythonOracle.Run(Script, $$"""{"aliased": {{(aliased ? "true" : "false")}}, "ops": {{ops}}}"""))!.ToJsonString();

    /// <summary>BotoSharp's transcript for <paramref name="ops"/>.</summary>
    public static string RunBotoSharp(string ops, bool aliased)
    {
        IEventHooks emitter = aliased ? new EventAliaser(new HierarchicalEmitter()) : new HierarchicalEmitter();
        var handlers = new Dictionary<string, BotoEventHandler>(StringComparer.Ordinal);
        var labels = new Dictionary<BotoEventHandler, string>(ReferenceEqualityComparer.Instance);
        BotoEventHandler? HandlerFor(string? label)
        {
            if (label is null)
            {
                return null;
            }
            if (!handlers.TryGetValue(label, out var handler))
            {
                handler = _ => label.StartsWith('r') ? label : null;
                handlers[label] = handler;
                labels[handler] = label;
            }
            return handler;
        }
        var output = new JsonArray();
        foreach (var op in JsonNode.Parse(ops)!.AsArray())
        {
            var verb = (string)op![0]!;
            var eventName = (string)op[1]!;
            var handler = HandlerFor((string?)op[2]);
            var uniqueId = (string?)op[3];
            var count = (bool)op[4]!;
            try
            {
                output.Add(verb switch
                {
                    "reg" => Ok(() => emitter.Register(eventName, handler!, uniqueId, count)),
                    "first" => Ok(() => emitter.RegisterFirst(eventName, handler!, uniqueId, count)),
                    "last" => Ok(() => emitter.RegisterLast(eventName, handler!, uniqueId, count)),
                    "unreg" => Ok(() => emitter.Unregister(eventName, handler, uniqueId, count)),
                    "emit" => new JsonArray(emitter.Emit(eventName).Select(p => (JsonNode)new JsonArray(labels[p.Handler], p.Response as string)).ToArray()),
                    "until" => UntilResult(emitter.EmitUntilResponse(eventName), labels),
                    "copy" => Ok(() => emitter = emitter.Copy()),
                    _ => throw new ArgumentException("unknown verb " + verb),
                });
            }
            catch (ArgumentException)
            {
                output.Add("ValueError");
            }
        }
        return output.ToJsonString();
    }

    private static JsonNode UntilResult((BotoEventHandler? Handler, object? Response) result, Dictionary<BotoEventHandler, string> labels) =>
        new JsonArray(result.Handler is null ? null : labels[result.Handler], result.Response as string);

    private static JsonNode Ok(Action action)
    {
        action();
        return "ok";
    }
}
