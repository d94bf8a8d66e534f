using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Http;
using BotoSharp.Tests.Signing;

namespace BotoSharp.Tests.Differential.TypedPath;

/// <summary>
/// Sends one typed request through a generated client twice: on the typed fast path, and on the dictionary path that
/// the same client takes once a user handler (a no-op) is registered on <c>provide-client-params</c>. Requests stop
/// at <c>before-send</c>; the clock is fixed so both are signed alike.
/// </summary>
internal sealed class TypedPathCapture
{
    private static readonly DateTimeOffset s_now = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
    private readonly Dictionary<(string, bool), (BaseClient Client, List<AwsRequest> Seen)> _clients = new();
    private readonly Session _session = new(environment: new Dictionary<string, string>
    {
        ["AWS_CONFIG_FILE"] = "/nonexistent/config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["HOME"] = Path.GetTempPath(),
    })
    {
        TimeProvider = new FixedClock(s_now),
    };

    /// <summary>The generated client of <paramref name="service"/> on the chosen path.</summary>
    public BaseClient Client(string service, bool dictionaryPath) => ClientFor(service, dictionaryPath).Client;

    /// <summary>
    /// What the call sent (method, URL, headers but the per-call invocation id, body) or the error it raised first,
    /// and whether the call asked the request for its parameter dictionary (it did not when it stayed typed).
    /// </summary>
    public async Task<(string Sent, bool UsedDictionary)> RunAsync(string service, string operation, Func<IRequestShape?> request, bool dictionaryPath)
    {
        var (client, seen) = ClientFor(service, dictionaryPath);
        seen.Clear();
        var input = new CountingRequest(request() ?? EmptyRequest.Instance);
        var metadata = new OperationMetadata { ServiceName = service, Name = operation };
        try
        {
            await client.SessionPipeline!.InvokeAsync<EmptyResponse>(metadata, input, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (seen.Count == 0)
        {
            return ($"error {error.GetType().Name}: {error.Message}", input.ParametersRead);
        }
        catch (Exception)
        {
            // The stubbed empty answer need not parse; the request is what is compared.
        }
        var text = new System.Text.StringBuilder();
        foreach (var sent in seen)
        {
            text.Append(sent.Method).Append(' ').Append(sent.Url).Append('\n');
            foreach (var (name, value) in sent.Headers.Where(h => !h.Key.Equals("amz-sdk-invocation-id", StringComparison.OrdinalIgnoreCase)))
            {
                text.Append(name).Append(": ").Append(value).Append('\n');
            }
            var body = await sent.ReadBodyAsync(CancellationToken.None).ConfigureAwait(false);
            text.Append(Convert.ToHexString(body)).Append('\n');
        }
        return (text.ToString(), input.ParametersRead);
    }

    private (BaseClient Client, List<AwsRequest> Seen) ClientFor(string service, bool dictionaryPath)
    {
        if (!_clients.TryGetValue((service, dictionaryPath), out var entry))
        {
            var client = _session.CreateClient(service, "us-west-2", awsAccessKeyId: "AKIDEXAMPLE", awsSecretAccessKey: "secret",
                config: new ClientConfig { Retries = new Dictionary<string, object?> { ["total_max_attempts"] = 1L } });
            var seen = new List<AwsRequest>();
            client.Meta.Events.RegisterFirst("before-send", kwargs =>
            {
                var request = (AwsRequest)kwargs["request"]!;
                seen.Add(request);
                return new AwsResponse(request.Url, 200, new HttpHeaderList(), Array.Empty<byte>(), null);
            });
            if (dictionaryPath)
            {
                client.Meta.Events.Register("provide-client-params", _ => null);
            }
            entry = (client, seen);
            _clients[(service, dictionaryPath)] = entry;
        }
        return entry;
    }
}

/// <summary>A request that remembers whether the call path asked it for its parameter dictionary.</summary>
internal sealed class CountingRequest(IRequestShape inner) : IRequestShape
{
    /// <summary>Whether <see cref="ToParameters"/> was called.</summary>
    public bool ParametersRead { get; private set; }

    public Dictionary<string, object?> ToParameters()
    {
        ParametersRead = true;
        return inner.ToParameters();
    }

    public void WriteTo(BotoSharp.Protocols.Typed.Writing.IShapeWriter writer) => inner.WriteTo(writer);
}
