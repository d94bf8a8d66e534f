using BotoSharp.Clients;

namespace BotoSharp.Tests.Differential;

/// <summary>
/// One operation call made twice, by BotoSharp and by botocore, with the same parameters, clock and credentials.
/// The parameters come from the typed request's <see cref="IRequestShape.ToParameters"/>, so the typed shapes are
/// checked too; services that are not compiled in go through the dynamic client with the same dictionary.
/// </summary>
public sealed class RequestScenario
{
    /// <summary>A readable name for the test case.</summary>
    public required string Name { get; init; }

    /// <summary>The botocore service name.</summary>
    public required string Service { get; init; }

    /// <summary>The operation's model name.</summary>
    public required string Operation { get; init; }

    /// <summary>The client's region.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>A session token, when the scenario signs with temporary credentials.</summary>
    public string? Token { get; init; }

    /// <summary>Builds the parameters afresh (a streaming body can be read only once).</summary>
    public required Func<Dictionary<string, object?>> Parameters { get; init; }

    /// <summary>Makes the call on a client created for <see cref="Service"/>.</summary>
    public required Func<BaseClient, Task> Call { get; init; }

    /// <summary>A call through the typed client <typeparamref name="TClient"/> with a request built by <paramref name="request"/>.</summary>
    public static RequestScenario Typed<TClient, TRequest>(string name, string service, string operation, Func<TRequest> request,
        Func<TClient, TRequest, Task> call, string region = "us-east-1", string? token = null)
        where TClient : BaseClient
        where TRequest : IRequestShape => new()
        {
            Name = name,
            Service = service,
            Operation = operation,
            Region = region,
            Token = token,
            Parameters = () => request().ToParameters(),
            Call = client => call((TClient)client, request()),
        };

    /// <summary>A call through the dynamic client, for a service the tests do not compile in.</summary>
    public static RequestScenario Dynamic(string name, string service, string operation, Func<Dictionary<string, object?>> parameters,
        string region = "us-east-1") => new()
        {
            Name = name,
            Service = service,
            Operation = operation,
            Region = region,
            Parameters = parameters,
            Call = client => ((DynamicClient)client).InvokeAsync(operation, parameters()),
        };

    /// <inheritdoc/>
    public override string ToString() => Name;
}
