using System.Reflection;
using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Paginators;

namespace BotoSharp.Tests.Paginators;

/// <summary>
/// Runs the generated typed paginator (<c>client.Paginators.{Operation}(request, config)</c>) of a compiled-in
/// service for a scenario the dictionary paginator also ran, and compares: each typed page with the dictionary page
/// read through <c>FromParsed</c> (the generated type's view of botocore's page), the resume token string, the typed
/// full result, or the same error. Reflection only finds the generated method; the paging is the generated code's.
/// </summary>
internal static class TypedPaginatorRun
{
    /// <summary>What the dictionary paginator gave for the scenario: its pages and full result, or its error.</summary>
    public sealed record DictionaryOutcome(List<Dictionary<string, object?>>? Pages, string? Resume, Dictionary<string, object?>? Full, string? Error);

    /// <summary>
    /// The typed paginator's disagreements with <paramref name="expected"/>; null when the client has no generated
    /// paginator method for the operation. <paramref name="planned"/> tells whether the typed plan ran the pages.
    /// </summary>
    public static async Task<List<string>?> CompareAsync(BaseClient client, string operation, Dictionary<string, object?> parameters,
        PaginationConfig config, DictionaryOutcome expected, Action<bool> planned)
    {
        var paginators = client.GetType().GetProperty("Paginators")?.GetValue(client);
        var method = paginators?.GetType().GetMethod(operation);
        if (method is null || method.GetParameters().Length != 2)
        {
            return null;
        }
        var pageType = PageType(method.ReturnType);
        var run = typeof(TypedPaginatorRun).GetMethod(nameof(RunAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(pageType);
        object Paginate()
        {
            var requestType = method.GetParameters()[0].ParameterType;
            var request = typeof(ShapeValues).GetMethod(nameof(ShapeValues.ReadStructure))!.MakeGenericMethod(requestType).Invoke(null, [parameters]);
            return method.Invoke(paginators, [request, config])!;
        }
        return await (Task<List<string>>)run.Invoke(null, [(Func<object>)Paginate, expected, planned])!;
    }

    private static Type PageType(Type iterator)
    {
        while (iterator.GetGenericTypeDefinition() != typeof(PageIterator<>))
        {
            iterator = iterator.BaseType!;
        }
        return iterator.GetGenericArguments()[0];
    }

    private static async Task<List<string>> RunAsync<TPage>(Func<object> paginate, DictionaryOutcome expected, Action<bool> planned)
        where TPage : IResponseShape<TPage>
    {
        var mismatches = new List<string>();
        try
        {
            var pages = (PageIterator<TPage>)paginate();
            planned(pages.UsesTypedPlan);
            var listed = new List<JsonNode?>();
            await foreach (var page in pages)
            {
                listed.Add(Typed(page));
            }
            var full = await ((PageIterator<TPage>)paginate()).BuildFullResultAsync();
            if (expected.Error is { } error)
            {
                mismatches.Add($"typed paged, the dictionary paginator raised {error}");
                return mismatches;
            }
            Expect("pages", new JsonArray(listed.ToArray()), new JsonArray(expected.Pages!.Select(p => Typed(TPage.FromParsed(p))).ToArray()), mismatches);
            Expect("full result", Typed(full), Typed(TPage.FromParsed(expected.Full!)), mismatches);
            if (pages.ResumeToken != expected.Resume)
            {
                mismatches.Add($"typed resume token {pages.ResumeToken} | dictionary {expected.Resume}");
            }
        }
        catch (BotoCoreError e)
        {
            var ours = $"{e.GetType().Name}: {e.Message}";
            if (ours != expected.Error)
            {
                mismatches.Add($"typed raised {ours} | dictionary {expected.Error ?? "no error"}");
            }
        }
        return mismatches;
    }

    private static void Expect(string what, JsonNode? ours, JsonNode? theirs, List<string> mismatches)
    {
        if (!JsonNode.DeepEquals(ours, theirs))
        {
            mismatches.Add($"typed {what}: {Clip(ours)} | dictionary through FromParsed: {Clip(theirs)}");
        }
    }

    private static string Clip(JsonNode? node) => node?.ToJsonString() is { } text && text.Length > 300 ? text[..300] + "…" : node?.ToJsonString() ?? "null";

    private static JsonNode? Typed<TPage>(TPage page) => Plain(((IRequestShape)page!).ToParameters());

    private static JsonNode? Plain(object? value) => value switch
    {
        Dictionary<string, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, Plain(p.Value)))),
        List<object?> list => new JsonArray(list.Select(Plain).ToArray()),
        DateTimeOffset time => JsonValue.Create(time.ToUnixTimeMilliseconds()),
        byte[] bytes => JsonValue.Create(Convert.ToBase64String(bytes)),
        _ => value is null ? null : JsonValue.Create(value.ToString()),
    };
}
