using System.Collections.Concurrent;
using System.Globalization;
using BotoSharp.Events;
using BotoSharp.Loading;
using BotoSharp.Models;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's <c>ClientCreator._register_retries</c>: the final config's <c>retries['mode']</c> picks the handlers
/// registered on the new client's emitter — legacy (<c>_retry.json</c>), standard, or standard plus the adaptive
/// rate limiter — with <c>retries['total_max_attempts']</c> as the attempt limit when set.
/// </summary>
internal static class RetryRegistration
{
    private const string RetryData = "_retry";

    // Legacy policies over the built-in _retry data, by endpoint prefix and retry limit: the data never changes
    // while no loader has handed it out, and botocore would build the same policy for every client.
    // Keyed by prefix, one table per retry limit (most clients have none) keyed by its text: a tuple key with a
    // nullable int, or an int key, has no precompiled code and was JIT-compiled by the first client of every process.
    private static readonly ConcurrentDictionary<string, LegacyRetryPolicy> s_builtinPolicies = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, LegacyRetryPolicy>> s_limitedPolicies = new(StringComparer.Ordinal);

    // Over a shared policy with the default jitter the handler holds nothing of a client: one per policy, so every
    // client's registration is the same trie append (and shares that trie's lookups).
    private static readonly ConcurrentDictionary<LegacyRetryPolicy, LegacyRetryHandler> s_builtinHandlers = new();
    private static readonly Func<double> s_defaultRandom = Random.Shared.NextDouble;

    /// <summary>The default jitter (<c>Random.Shared.NextDouble</c>), one delegate shared with every session.</summary>
    internal static Func<double> DefaultRandom => s_defaultRandom;

    /// <summary>Registers the client's retry handlers; returns the rate limiter in adaptive mode, else null.</summary>
    /// <param name="events">The client's own emitter.</param>
    /// <param name="model">The service model (service id and endpoint prefix).</param>
    /// <param name="retries">The final config's <c>retries</c> (<c>mode</c>, <c>total_max_attempts</c>).</param>
    /// <param name="loader">The session's loader, for <c>_retry.json</c> (legacy mode only).</param>
    /// <param name="random">Backoff jitter in [0, 1).</param>
    /// <param name="clock">The adaptive limiter's clock and sleeper.</param>
    public static AdaptiveRateLimiter? Register(IEventHooks events, ServiceModel model, IReadOnlyDictionary<string, object?>? retries,
        Loader loader, Func<double> random, TimeProvider clock)
    {
        var serviceEventName = model.EventServiceId;
        var mode = retries?.GetValueOrDefault("mode") as string ?? "legacy";
        var totalMaxAttempts = retries?.GetValueOrDefault("total_max_attempts") is { } total
            ? Convert.ToInt32(total, CultureInfo.InvariantCulture)
            : (int?)null;
        switch (mode)
        {
            case "standard":
                new StandardRetryHandler(totalMaxAttempts ?? StandardRetryHandler.DefaultMaxAttempts, random).Register(events, serviceEventName);
                return null;
            case "adaptive":
                new StandardRetryHandler(totalMaxAttempts ?? StandardRetryHandler.DefaultMaxAttempts, random).Register(events, serviceEventName);
                var limiter = new AdaptiveRateLimiter(clock);
                limiter.Register(events);
                return limiter;
            case "legacy":
                // botocore's _transform_legacy_retries: legacy counts retries, not attempts.
                LegacyHandler(loader, model.EndpointPrefix, totalMaxAttempts - 1, random).Register(events, serviceEventName);
                return null;
            default:
                return null;
        }
    }

    // The loader's own _retry object when it has one (a data path's file, or one handed out and maybe edited);
    // otherwise the shared policy over the built-in document, with its shared handler under the default jitter.
    private static LegacyRetryHandler LegacyHandler(Loader loader, string prefix, int? maxRetries, Func<double> random)
    {
        if (loader.UntouchedBuiltinDocument(RetryData) is not { } builtin)
        {
            return new LegacyRetryHandler(new LegacyRetryPolicy(LegacyRetryConfig.Build(loader.LoadData(RetryData), prefix, maxRetries), prefix), random);
        }
        var policy = BuiltinPolicy(builtin, prefix, maxRetries);
        // The same delegate first: Delegate.Equals compares target and method, and every session hands this one in.
        return ReferenceEquals(random, s_defaultRandom) || random.Equals(s_defaultRandom)
            ? s_builtinHandlers.GetOrAdd(policy, p => new LegacyRetryHandler(p, s_defaultRandom, processWide: true))
            : new LegacyRetryHandler(policy, random);
    }

    private static LegacyRetryPolicy BuiltinPolicy(System.Text.Json.JsonElement builtin, string prefix, int? maxRetries)
    {
        var policies = maxRetries is { } limit
            ? s_limitedPolicies.GetOrAdd(limit.ToString(CultureInfo.InvariantCulture), static _ => new ConcurrentDictionary<string, LegacyRetryPolicy>(StringComparer.Ordinal))
            : s_builtinPolicies;
        if (!policies.TryGetValue(prefix, out var policy))
        {
            policy = new LegacyRetryPolicy(LegacyRetryConfig.Build(System.Text.Json.Nodes.JsonObject.Create(builtin)!, prefix, maxRetries), prefix);
            policy = policies.GetOrAdd(prefix, policy);
        }
        return policy;
    }
}
