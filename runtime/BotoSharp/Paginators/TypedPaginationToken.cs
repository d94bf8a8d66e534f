namespace BotoSharp.Paginators;

/// <summary>
/// One <c>input_token</c> / <c>output_token</c> pair of a typed pagination plan, compiled to member access. Values
/// cross in the runtime value convention (strings, <c>long</c>, dictionaries…) so resume tokens, the falsy-token rule
/// and the repeated-token check are botocore's.
/// </summary>
/// <typeparam name="TRequest">The operation's generated input type.</typeparam>
/// <typeparam name="TPage">The operation's generated output type.</typeparam>
public sealed class TypedPaginationToken<TRequest, TPage>
{
    /// <summary>Creates the pair from generated accessors.</summary>
    /// <param name="inputName">The input member the token is sent as (botocore's <c>input_token</c>).</param>
    /// <param name="outputPath">The output member path it is read from (botocore's <c>output_token</c>).</param>
    /// <param name="readOutput">Reads the output token from a page, in the runtime value convention.</param>
    /// <param name="readInput">Reads the input token from a request, in the runtime value convention.</param>
    /// <param name="writeInput">Sets the input token on a request from a runtime value (null clears it).</param>
    public TypedPaginationToken(string inputName, string outputPath, Func<TPage, object?> readOutput,
        Func<TRequest, object?> readInput, Action<TRequest, object?> writeInput)
    {
        InputName = inputName ?? throw new ArgumentNullException(nameof(inputName));
        OutputPath = outputPath ?? throw new ArgumentNullException(nameof(outputPath));
        ReadOutput = readOutput ?? throw new ArgumentNullException(nameof(readOutput));
        ReadInput = readInput ?? throw new ArgumentNullException(nameof(readInput));
        WriteInput = writeInput ?? throw new ArgumentNullException(nameof(writeInput));
    }

    /// <summary>The input member name (botocore's <c>input_token</c>).</summary>
    public string InputName { get; }

    /// <summary>The output member path (botocore's <c>output_token</c>).</summary>
    public string OutputPath { get; }

    /// <summary>Reads the output token from a page.</summary>
    public Func<TPage, object?> ReadOutput { get; }

    /// <summary>Reads the input token from a request.</summary>
    public Func<TRequest, object?> ReadInput { get; }

    /// <summary>Sets the input token on a request.</summary>
    public Action<TRequest, object?> WriteInput { get; }
}
