using System.Text.Json.Nodes;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// The parsed part of botocore's legacy retry handler: the merged <c>_retry.json</c> config of one service as
/// checkers, the exceptions that count as retryable, the delay's base and growth factor and the attempt limit.
/// Immutable, so clients of the same service over the built-in <c>_retry</c> data share one (see
/// <see cref="RetryRegistration"/>); each client's <see cref="LegacyRetryHandler"/> adds its random source.
/// </summary>
internal sealed class LegacyRetryPolicy
{
    /// <summary>Parses a merged config (<see cref="LegacyRetryConfig.Build"/>) for <paramref name="operationName"/>.</summary>
    /// <param name="config">The merged config; only read, so it may be shared.</param>
    /// <param name="operationName">The name policies are looked up under (botocore passes the endpoint prefix).</param>
    public LegacyRetryPolicy(JsonObject config, string operationName)
    {
        var defaults = config["__default__"] as JsonObject ?? new JsonObject();
        MaxAttempts = defaults["max_attempts"]?.GetValue<int>() ?? 1;
        var delay = defaults["delay"] as JsonObject;
        Base = delay?["base"];
        GrowthFactor = delay?["growth_factor"]?.GetValue<double>() ?? 2;
        var checkers = new List<LegacyRetryChecker>();
        var exceptions = new List<Type>();
        foreach (var policies in new[] { defaults["policies"] as JsonObject, (config[operationName] as JsonObject)?["policies"] as JsonObject })
        {
            foreach (var (_, policy) in policies ?? new JsonObject())
            {
                var appliesWhen = policy!["applies_when"]!.AsObject();
                checkers.Add(LegacyRetryChecker.From(appliesWhen));
                exceptions.AddRange(LegacyRetryChecker.RetryableExceptions(appliesWhen));
            }
        }
        Checkers = checkers.ToArray();
        // With one policy botocore wraps the checker alone, catching no exception.
        RetryableExceptions = checkers.Count == 1 ? Array.Empty<Type>() : exceptions.ToArray();
    }

    /// <summary>Total attempts allowed (botocore's <c>max_attempts</c> of the merged config).</summary>
    public int MaxAttempts { get; }

    /// <summary>The checkers, defaults first; any match means "retry".</summary>
    public IReadOnlyList<LegacyRetryChecker> Checkers { get; }

    /// <summary>Exceptions a checker may raise that count as "retry" (none with a single policy).</summary>
    public Type[] RetryableExceptions { get; }

    /// <summary>The delay's <c>base</c>: a number of seconds or <c>"rand"</c>; read at each retry, as botocore does.</summary>
    public JsonNode? Base { get; }

    /// <summary>The delay's <c>growth_factor</c>.</summary>
    public double GrowthFactor { get; }
}
