using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Waiters;

/// <summary>
/// botocore's <c>Waiter</c>: polls an operation until an acceptor moves it to <c>success</c> (return) or
/// <c>failure</c> (<see cref="WaiterError"/>), an unmatched service error ends it, or the attempts run out. Delays go
/// through the <see cref="TimeProvider"/>; cancellation stops a wait at once.
/// </summary>
public sealed class Waiter
{
    private readonly Func<Dictionary<string, object?>, CancellationToken, Task<Dictionary<string, object?>>> _call;
    private readonly TimeProvider _time;

    /// <summary>Creates a waiter over <paramref name="call"/>, which performs the waiter's operation once.</summary>
    public Waiter(string name, SingleWaiterConfig config, Func<Dictionary<string, object?>, CancellationToken, Task<Dictionary<string, object?>>> call, TimeProvider? timeProvider = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Config = config ?? throw new ArgumentNullException(nameof(config));
        _call = call ?? throw new ArgumentNullException(nameof(call));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The waiter's name (e.g. <c>BucketExists</c>).</summary>
    public string Name { get; }

    /// <summary>The waiter's model configuration.</summary>
    public SingleWaiterConfig Config { get; }

    /// <summary>botocore's <c>wait(**kwargs)</c>.</summary>
    /// <exception cref="WaiterError">A failure state, an unexpected service error, or too many attempts.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    public async Task WaitAsync(IDictionary<string, object?>? parameters = null, WaiterConfig? config = null, CancellationToken cancellationToken = default)
    {
        var acceptors = Config.Acceptors.Select(a => new AcceptorMatcher(a)).ToList();
        var delay = TimeSpan.FromSeconds(config?.Delay ?? Config.Delay);
        int maxAttempts = config?.MaxAttempts ?? Config.MaxAttempts;
        string state = "waiting";
        AcceptorMatcher? lastMatched = null;
        int attempts = 0;
        while (true)
        {
            var response = await CallAsync(parameters, cancellationToken).ConfigureAwait(false);
            attempts++;
            // botocore's messages name the loop's acceptor: the match, or (with none) the last one tried.
            AcceptorMatcher? acceptor = null;
            bool matched = false;
            foreach (var candidate in acceptors)
            {
                acceptor = candidate;
                if (candidate.Matches(response))
                {
                    lastMatched = candidate;
                    state = candidate.Config.State;
                    matched = true;
                    break;
                }
            }
            if (!matched && AcceptorMatcher.IsWaiterError(response))
            {
                var error = (IReadOnlyDictionary<string, object?>)response["Error"]!;
                throw new WaiterError(Name, $"An error occurred ({Text(error, "Code")}): {Text(error, "Message")}", response);
            }
            if (state == "success")
            {
                return;
            }
            if (state == "failure")
            {
                throw new WaiterError(Name, $"Waiter encountered a terminal failure state: {acceptor!.Config.Explanation}", response);
            }
            if (attempts >= maxAttempts)
            {
                var reason = lastMatched is null ? "Max attempts exceeded" : $"Max attempts exceeded. Previously accepted state: {acceptor!.Config.Explanation}";
                throw new WaiterError(Name, reason, response);
            }
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Dictionary<string, object?>> CallAsync(IDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var kwargs = parameters is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
        try
        {
            return await _call(kwargs, cancellationToken).ConfigureAwait(false);
        }
        catch (ClientError e)
        {
            // botocore's NormalizedOperationMethod: a service error is the response the acceptors see.
            return e.Response.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }
    }

    private static string Text(IReadOnlyDictionary<string, object?> error, string key) =>
        error.TryGetValue(key, out var value) ? Protocols.PythonFormat.Str(value) : "Unknown";
}
