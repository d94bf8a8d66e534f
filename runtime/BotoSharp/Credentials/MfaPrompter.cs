using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Asks the user for an MFA code, botocore's <c>prompter</c> (<c>getpass.getpass</c> by default). Receives
/// botocore's prompt text, <c>Enter MFA code for &lt;mfa_serial&gt;: </c>, and returns the code.
/// </summary>
/// <param name="prompt">The text to show.</param>
/// <param name="cancellationToken">Cancels the prompt.</param>
public delegate Task<string> MfaPrompter(string prompt, CancellationToken cancellationToken);

/// <summary>The default prompter: the console, as <c>getpass</c> uses the terminal.</summary>
public static class ConsoleMfaPrompter
{
    /// <summary>
    /// Writes the prompt to standard error and reads one line without echo from an interactive console, or from
    /// standard input when it is redirected (getpass's fallback). A closed input is a typed error (Python raises
    /// <c>EOFError</c>).
    /// </summary>
    public static async Task<string> PromptAsync(string prompt, CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
        {
            return await PromptRedirectedAsync(prompt, Console.In, Console.Error, cancellationToken).ConfigureAwait(false);
        }
        await Console.Error.WriteAsync(prompt).ConfigureAwait(false);
        var code = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (key.Key == ConsoleKey.Backspace && code.Length > 0)
            {
                code.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                code.Append(key.KeyChar);
            }
        }
        await Console.Error.WriteLineAsync().ConfigureAwait(false);
        return code.ToString();
    }

    /// <summary>getpass's fallback: the prompt on <paramref name="output"/>, one line of <paramref name="input"/>.</summary>
    internal static async Task<string> PromptRedirectedAsync(string prompt, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(prompt).ConfigureAwait(false);
        return await input.ReadLineAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new CredentialRetrievalError(AssumeRoleProvider.MethodName, "No MFA code was entered: standard input is closed");
    }
}
