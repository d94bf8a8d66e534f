using BotoSharp.Customizations;

namespace BotoSharp.Events;

/// <summary>
/// botocore's <c>BUILTIN_HANDLERS</c>: the handlers every session registers unless built with
/// <c>includeBuiltinHandlers: false</c>, in botocore's order within each event. The rows live by area in
/// <c>Customizations/</c>; DESIGN-NOTES lists the few botocore rows left out and why.
/// </summary>
public static class BuiltinHandlers
{
    private static readonly IReadOnlyDictionary<string, string> s_serviceNameAliases =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["runtime.sagemaker"] = "sagemaker-runtime" };

    /// <summary>The builtin handler table: event name, handler, and the list it goes to.</summary>
    public static IReadOnlyList<HandlerRow> All => s_all;

    // Walked as the array it is: enumerating an array of this struct through its interface is generic framework
    // code no ReadyToRun image holds (JIT-compiled by every process's first session).
    private static readonly HandlerRow[] s_all = Collect(
        ServiceNameRows(),
        GeneralHandlers.Rows(),
        S3ParameterHandlers.Rows(),
        OperationModelCustomizations.Rows(),
        S3ListObjectsEncoding.Rows(),
        ResponseDecodingHandlers.Rows(),
        S3CallHandlers.Rows(),
        GlacierHandlers.Rows(),
        ServiceHandlers.Rows(),
        PresignedCopyHandlers.Rows(),
        GeneralHandlers.LastRows());

    // Plain loops and copies rather than LINQ's Concat/ToArray, Array.Resize or an array as a part: each is generic
    // framework code over this struct which no ReadyToRun image holds, so every cold process would JIT it (about
    // thirty methods) before its first session. Every part is one of our iterators.
    private static HandlerRow[] Collect(params IEnumerable<HandlerRow>[] parts)
    {
        var rows = new HandlerRow[256];
        var count = 0;
        foreach (var part in parts)
        {
            foreach (var row in part)
            {
                if (count == rows.Length)
                {
                    rows = CopyOf(rows, count, count * 2);
                }
                rows[count++] = row;
            }
        }
        return CopyOf(rows, count, count);
    }

    private static HandlerRow[] CopyOf(HandlerRow[] rows, int count, int length)
    {
        var copy = new HandlerRow[length];
        for (var i = 0; i < count; i++)
        {
            copy[i] = rows[i];
        }
        return copy;
    }

    private static IEnumerable<HandlerRow> ServiceNameRows()
    {
        yield return new HandlerRow("choose-service-name", HandleServiceNameAlias);
    }

    /// <summary>
    /// botocore's <c>handle_service_name_alias</c>: maps a legacy service name (<c>runtime.sagemaker</c>) to the model
    /// folder name (<c>sagemaker-runtime</c>); any other name is returned unchanged.
    /// </summary>
    public static object? HandleServiceNameAlias(IDictionary<string, object?> kwargs)
    {
        ArgumentNullException.ThrowIfNull(kwargs);
        var serviceName = kwargs.TryGetValue("service_name", out var value) ? value as string : null;
        return serviceName is null ? null : ServiceNameAlias(serviceName);
    }

    /// <summary>The model folder name of <paramref name="serviceName"/>: its alias, or itself.</summary>
    public static string ServiceNameAlias(string serviceName) =>
        s_serviceNameAliases.TryGetValue(serviceName, out var alias) ? alias : serviceName;

    // The rows laid out in a trie once per process, through the default aliasing, exactly as RegisterAll lays them out.
    private static readonly Lazy<EventHandlerTrie> s_layout = new(() =>
    {
        var emitter = new HierarchicalEmitter();
        RegisterAll(new EventAliaser(emitter));
        return emitter.Handlers;
    });

    /// <summary>
    /// A new emitter holding every row, as a new <see cref="HierarchicalEmitter"/> after <see cref="RegisterAll"/>
    /// through the default aliasing, but sharing the process-wide layout (a session's first change copies only
    /// the path it changes).
    /// </summary>
    internal static HierarchicalEmitter NewEmitterWithRows() => HierarchicalEmitter.Over(s_layout.Value);

    /// <summary>Registers every row of <see cref="All"/> on <paramref name="events"/>, middle rows through its aliasing.</summary>
    public static void RegisterAll(IEventHooks events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var (eventName, handler, section) in s_all)
        {
            switch (section)
            {
                case EventHandlerSection.First:
                    events.RegisterFirst(eventName, handler);
                    break;
                case EventHandlerSection.Last:
                    events.RegisterLast(eventName, handler);
                    break;
                default:
                    events.Register(eventName, handler);
                    break;
            }
        }
    }
}
