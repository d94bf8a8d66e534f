using System.Reflection;
using BotoSharp.Endpoints.Library;
using BotoSharp.Events;

namespace BotoSharp.Clients;

/// <summary>
/// botocore's first step of <c>ClientCreator.create_client</c>: <c>choose-service-name</c> on the session's emitter,
/// whose first non-null answer names the service whose model the client gets. The builtin row
/// (<c>handle_service_name_alias</c>) answers every name (itself when no alias), so a caller's handler decides only
/// when it is registered before that row or the row is gone.
/// </summary>
internal static class ServiceNameChoice
{
    private const string EventName = "choose-service-name";

    private static readonly MethodInfo s_aliasRow = ((BotoEventHandler)BuiltinHandlers.HandleServiceNameAlias).Method;

    /// <summary>The service name the handlers of <paramref name="events"/> choose for <paramref name="serviceName"/>.</summary>
    public static string Choose(IEventHooks events, string serviceName)
    {
        if (events.HandlersOf(EventName) is { } handlers && OnlyAliasRows(handlers))
        {
            // The usual case: what the emit would answer, without its argument map (creation is on the hot path).
            return handlers.Count == 0 ? serviceName : BuiltinHandlers.ServiceNameAlias(serviceName);
        }
        var args = new Dictionary<string, object?>(StringComparer.Ordinal) { ["service_name"] = serviceName };
        // A non-string answer reaches botocore's loader as a name and fails there as an unknown service: str() of it.
        return HierarchicalEmitter.FirstNonNullResponse(events.Emit(EventName, args)) is { } chosen ? PythonText.Str(chosen) : serviceName;
    }

    private static bool OnlyAliasRows(IReadOnlyList<BotoEventHandler> handlers)
    {
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i].Method != s_aliasRow)
            {
                return false;
            }
        }
        return true;
    }
}
