using BotoSharp.Clients;

namespace BotoSharp.Generator.Tests;

/// <summary>A fake call path that records what a generated method hands the runtime and answers with an empty output.</summary>
internal sealed class RecordingPipeline : IClientPipeline
{
    public List<(OperationMetadata Operation, IRequestShape Request)> Calls { get; } = new();

    public IReadOnlyDictionary<string, object?> Answer { get; set; } = new Dictionary<string, object?>();

    public Task<TResponse> InvokeAsync<TResponse>(OperationMetadata operation, IRequestShape request, CancellationToken cancellationToken)
        where TResponse : IResponseShape<TResponse>
    {
        Calls.Add((operation, request));
        return Task.FromResult(TResponse.FromParsed(Answer));
    }
}
