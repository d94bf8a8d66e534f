using BotoSharp.Clients;

namespace BotoSharp.Loading;

/// <summary>
/// A service model compiled into an assembly by the generator, registered at module load so the session finds it
/// without data files: <c>GetServiceModel("s3")</c> reads <see cref="ServiceJson"/>, and <c>CreateClient("s3")</c>
/// builds the typed client through <see cref="CreateClient"/>.
/// </summary>
public sealed class CompiledServiceModel
{
    /// <summary>The service name (the model folder's name, e.g. <c>s3</c>).</summary>
    public required string ServiceName { get; init; }

    /// <summary>The API version folder, e.g. <c>2006-03-01</c>.</summary>
    public required string ApiVersion { get; init; }

    /// <summary>The typed client class.</summary>
    public required Type ClientType { get; init; }

    /// <summary>The compact service-2 JSON (documentation stripped), loaded on first use.</summary>
    public required Func<string> ServiceJson { get; init; }

    /// <summary>The paginators-1 JSON, or null when the service has none.</summary>
    public Func<string>? PaginatorsJson { get; init; }

    /// <summary>The waiters-2 JSON, or null when the service has none.</summary>
    public Func<string>? WaitersJson { get; init; }

    /// <summary>The endpoint-rule-set-1 JSON, or null when the model came without one (legacy endpoints only).</summary>
    public Func<string>? EndpointRuleSetJson { get; init; }

    /// <summary>Builds the typed client over a pipeline.</summary>
    public required Func<IClientPipeline, BaseClient> CreateClient { get; init; }

    /// <summary>
    /// Builds the generated exception for an error code (from <c>error.code</c> or the shape name), or returns null
    /// for a code the model does not declare, so the caller raises a plain <see cref="Errors.ClientError"/>.
    /// </summary>
    public required Func<string, IReadOnlyDictionary<string, object?>, string, Errors.ClientError?> CreateError { get; init; }
}
