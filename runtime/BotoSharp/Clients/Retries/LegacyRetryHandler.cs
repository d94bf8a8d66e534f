using System.Text.Json.Nodes;
using BotoSharp.Events;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's legacy retry handler (retryhandler.py): a <see cref="LegacyRetryPolicy"/>'s checkers behind
/// <c>MaxAttemptsDecorator</c>, and <c>base * growth_factor ** (attempts - 1)</c> seconds of delay (<c>base: rand</c>
/// is a random number in [0, 1)). Registered on <c>needs-retry.&lt;service&gt;</c>, unique id <c>retry-config-&lt;service&gt;</c>.
/// </summary>
internal sealed class LegacyRetryHandler : IProcessWideHandler
{
    private readonly LegacyRetryPolicy _policy;
    private readonly Func<double> _random;

    /// <summary>Creates the handler.</summary>
    /// <param name="policy">The policy (checkers, delay, attempts).</param>
    /// <param name="random">Backoff jitter in [0, 1).</param>
    /// <param name="processWide">True for the one instance every client over the shared built-in policy uses.</param>
    public LegacyRetryHandler(LegacyRetryPolicy policy, Func<double> random, bool processWide = false)
    {
        _policy = policy;
        _random = random;
        IsProcessWide = processWide;
    }

    /// <inheritdoc/>
    public bool IsProcessWide { get; }

    /// <summary>Total attempts allowed (botocore's <c>max_attempts</c> of the merged config).</summary>
    public int MaxAttempts => _policy.MaxAttempts;

    /// <summary>Registers the handler on <paramref name="events"/>.</summary>
    public void Register(IEventHooks events, string eventServiceId)
    {
        var (eventName, uniqueId) = RegistrationNames(eventServiceId);
        events.Register(eventName, _needsRetry ??= NeedsRetry, uniqueId: uniqueId);
    }

    // One delegate per handler (the process-wide one registers on every client); equal to a new one over the method.
    private BotoEventHandler? _needsRetry;

    // The event name and unique id of a service: a function of its id, remembered per process (bounded).
    private static readonly Caching.BoundedCache<string, Tuple<string, string>> s_registrationNames = new(512, StringComparer.Ordinal);

    private static (string EventName, string UniqueId) RegistrationNames(string eventServiceId)
    {
        if (!s_registrationNames.TryGetValue(eventServiceId, out var names))
        {
            names = Tuple.Create($"needs-retry.{eventServiceId}", $"retry-config-{eventServiceId}");
            s_registrationNames.Remember(eventServiceId, names);
        }
        return (names.Item1, names.Item2);
    }

    /// <summary>botocore's <c>RetryHandler.__call__</c>: seconds to wait, or null for no retry.</summary>
    public object? NeedsRetry(IDictionary<string, object?> kwargs) => NeedsRetryFor(RetryContext.FromEvent(kwargs));

    /// <summary><see cref="NeedsRetry"/> on the attempt's outcome itself (the call path
    /// asks this way when only the retry rows listen).</summary>
    public object? NeedsRetryFor(RetryContext context)
    {
        context.RecordMaxAttempts(MaxAttempts);
        if (!ShouldRetry(context))
        {
            return null;
        }
        if (context.AttemptNumber >= MaxAttempts)
        {
            if (context.ParsedResponse?.GetValueOrDefault("ResponseMetadata") is Dictionary<string, object?> metadata)
            {
                metadata["MaxAttemptsReached"] = true;
            }
            return null;
        }
        var scale = _policy.Base is JsonValue value && value.TryGetValue<string>(out var text) && text == "rand" ? _random() : _policy.Base!.GetValue<double>();
        if (scale <= 0)
        {
            throw new ArgumentException($"The 'base' param must be greater than 0, got: {scale}");
        }
        return scale * Math.Pow(_policy.GrowthFactor, context.AttemptNumber - 1);
    }

    private bool ShouldRetry(RetryContext context)
    {
        if (_policy.RetryableExceptions.Length > 0 && context.AttemptNumber < MaxAttempts)
        {
            try
            {
                return AnyChecker(context);
            }
            catch (Exception error) when (_policy.RetryableExceptions.Any(t => t.IsInstanceOfType(error)))
            {
                return true;
            }
        }
        return AnyChecker(context);
    }

    private bool AnyChecker(RetryContext context)
    {
        if (context.HttpResponse is null && context.CaughtException is null)
        {
            throw new ArgumentException("Both response and caught_exception are None.");
        }
        // By index: a foreach over the IReadOnlyList boxed an enumerator on every call.
        var checkers = _policy.Checkers;
        for (var i = 0; i < checkers.Count; i++)
        {
            if (checkers[i].Matches(context))
            {
                return true;
            }
        }
        return false;
    }
}
