using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// BotoSharp's answers to a <see cref="RandomSessionScenario"/>, built field for field like session_oracle.py's
/// (same questions, same order, since the session caches what it reads) and mapped by <see cref="PythonValues"/>.
/// </summary>
internal static class BotoSharpAnswers
{
    /// <summary>The answer object for one scenario.</summary>
    public static JsonObject For(RandomSessionScenario scenario)
    {
        Session session;
        try
        {
            session = new Session(profile: scenario.Profile, environment: scenario.FullEnvironment);
        }
        catch (Exception error)
        {
            return new JsonObject { ["session"] = PythonValues.Error(error) };
        }
        foreach (var (name, value) in scenario.Instance)
        {
            session.SetConfigVariable(name, value);
        }
        var answers = new JsonObject
        {
            ["available_profiles"] = PythonValues.Ask(() => session.AvailableProfiles),
            ["profile"] = PythonValues.Ask(() => session.Profile),
            ["full_config"] = PythonValues.Ask(() => session.FullConfig),
            ["scoped_config"] = PythonValues.Ask(session.GetScopedConfig),
            ["variables"] = Variables(session),
            ["credentials"] = PythonValues.Ask(() => Credentials(session)),
            ["scoped_config_after"] = PythonValues.Ask(session.GetScopedConfig),
            ["partitions"] = PythonValues.Ask(session.GetAvailablePartitions),
            ["partition_for_region"] = new JsonArray(scenario.Regions
                .Select(r => (JsonNode)new JsonArray(r, PythonValues.Ask(() => session.GetPartitionForRegion(r)))).ToArray()),
        };
        if (scenario.Services.Count > 0)
        {
            answers["available_services"] = PythonValues.Ask(session.GetAvailableServices);
            answers["operations"] = new JsonArray(scenario.Services
                .Select(s => (JsonNode)new JsonArray(s, PythonValues.Ask(() => session.GetServiceModel(s).OperationNames))).ToArray());
        }
        return answers;
    }

    private static JsonArray Variables(Session session)
    {
        var names = session.SessionVarMap.Keys.Concat(["s3", "proxies_config"]).OrderBy(n => n, StringComparer.Ordinal);
        return new JsonArray(names.Select(n => (JsonNode)new JsonArray(n, PythonValues.Ask(() => session.GetConfigVariable(n)))).ToArray());
    }

    private static Dictionary<string, object?>? Credentials(Session session)
    {
        var credentials = session.GetCredentials();
        if (credentials is BotoSharp.Auth.DeferredRefreshableCredentials)
        {
            return new Dictionary<string, object?> { ["deferred"] = credentials.Method };
        }
        return credentials is null ? null : new Dictionary<string, object?>
        {
            ["access_key"] = credentials.AccessKey,
            ["secret_key"] = credentials.SecretKey,
            ["token"] = credentials.Token,
            ["method"] = credentials.Method,
        };
    }
}
