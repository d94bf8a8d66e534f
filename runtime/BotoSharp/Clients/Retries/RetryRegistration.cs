using System.Globalization;
using System.Text.Json.Nodes;
using BotoSharp.Events;
using BotoSharp.Models;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's <c>ClientCreator._register_retries</c>: the final config's <c>retries['mode']</c> picks the handlers
/// registered on the new client's emitter — legacy (<c>_retry.json</c>), standard, or standard plus the adaptive
/// rate limiter — with <c>retries['total_max_attempts']</c> as the attempt limit when set.
/// </summary>
internal static class RetryRegistration
{
    /// <summary>Registers the client's retry handlers; returns the rate limiter in adaptive mode, else null.</summary>
    /// <param name="events">The client's own emitter.</param>
    /// <param name="model">The service model (service id and endpoint prefix).</param>
    /// <param name="retries">The final config's <c>retries</c> (<c>mode</c>, <c>total_max_attempts</c>).</param>
    /// <param name="loadRetryData">Loads <c>_retry.json</c> (legacy mode only).</param>
    /// <param name="random">Backoff jitter in [0, 1).</param>
    /// <param name="clock">The adaptive limiter's clock and sleeper.</param>
    public static AdaptiveRateLimiter? Register(IEventHooks events, ServiceModel model, IReadOnlyDictionary<string, object?>? retries,
        Func<JsonObject> loadRetryData, Func<double> random, TimeProvider clock)
    {
        var serviceEventName = model.ServiceId.Replace(' ', '-').ToLowerInvariant();
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
                var config = LegacyRetryConfig.Build(loadRetryData(), model.EndpointPrefix, totalMaxAttempts - 1);
                new LegacyRetryHandler(config, model.EndpointPrefix, random).Register(events, serviceEventName);
                return null;
            default:
                return null;
        }
    }
}
