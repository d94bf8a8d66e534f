using System.Text.Json.Nodes;
using BotoSharp.Events;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's legacy retry handler (retryhandler.py): the <c>_retry.json</c> policies as checkers behind
/// <c>MaxAttemptsDecorator</c>, and <c>base * growth_factor ** (attempts - 1)</c> seconds of delay (<c>base: rand</c>
/// is a random number in [0, 1)). Registered on <c>needs-retry.&lt;service&gt;</c>, unique id <c>retry-config-&lt;service&gt;</c>.
/// </summary>
internal sealed class LegacyRetryHandler
{
    private readonly IReadOnlyList<LegacyRetryChecker> _checkers;
    private readonly Type[] _retryableExceptions;
    private readonly JsonNode? _base;
    private readonly double _growthFactor;
    private readonly Func<double> _random;

    public LegacyRetryHandler(JsonObject config, string operationName, Func<double> random)
    {
        _random = random;
        var defaults = config["__default__"] as JsonObject ?? new JsonObject();
        MaxAttempts = defaults["max_attempts"]?.GetValue<int>() ?? 1;
        var delay = defaults["delay"] as JsonObject;
        _base = delay?["base"];
        _growthFactor = delay?["growth_factor"]?.GetValue<double>() ?? 2;
        var checkers = new List<LegacyRetryChecker>();
        var exceptions = new List<Type>();
        // botocore looks operation policies up under the name it is given, which is the endpoint prefix.
        foreach (var policies in new[] { defaults["policies"] as JsonObject, (config[operationName] as JsonObject)?["policies"] as JsonObject })
        {
            foreach (var (_, policy) in policies ?? new JsonObject())
            {
                var appliesWhen = policy!["applies_when"]!.AsObject();
                checkers.Add(LegacyRetryChecker.From(appliesWhen));
                exceptions.AddRange(LegacyRetryChecker.RetryableExceptions(appliesWhen));
            }
        }
        _checkers = checkers;
        // With one policy botocore wraps the checker alone, catching no exception.
        _retryableExceptions = checkers.Count == 1 ? Array.Empty<Type>() : exceptions.ToArray();
    }

    /// <summary>Total attempts allowed (botocore's <c>max_attempts</c> of the merged config).</summary>
    public int MaxAttempts { get; }

    /// <summary>Registers the handler on <paramref name="events"/>.</summary>
    public void Register(IEventHooks events, string eventServiceId) =>
        events.Register($"needs-retry.{eventServiceId}", NeedsRetry, uniqueId: $"retry-config-{eventServiceId}");

    /// <summary>botocore's <c>RetryHandler.__call__</c>: seconds to wait, or null for no retry.</summary>
    public object? NeedsRetry(IDictionary<string, object?> kwargs)
    {
        var context = RetryContext.FromEvent(kwargs);
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
        var scale = _base is JsonValue value && value.TryGetValue<string>(out var text) && text == "rand" ? _random() : _base!.GetValue<double>();
        if (scale <= 0)
        {
            throw new ArgumentException($"The 'base' param must be greater than 0, got: {scale}");
        }
        return scale * Math.Pow(_growthFactor, context.AttemptNumber - 1);
    }

    private bool ShouldRetry(RetryContext context)
    {
        if (_retryableExceptions.Length > 0 && context.AttemptNumber < MaxAttempts)
        {
            try
            {
                return AnyChecker(context);
            }
            catch (Exception error) when (_retryableExceptions.Any(t => t.IsInstanceOfType(error)))
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
        foreach (var checker in _checkers)
        {
            if (checker.Matches(context))
            {
                return true;
            }
        }
        return false;
    }
}
