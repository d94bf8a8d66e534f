namespace BotoSharp.JmesPath;

/// <summary>
/// An error raised while compiling or evaluating a JMESPath expression. <see cref="PythonClass"/> names the exception
/// python's <c>jmespath</c> (the library botocore uses) raises in the same case, so callers and differential tests can
/// tell a syntax error from a type error exactly as botocore's callers can.
/// </summary>
public class JmesPathError : Errors.BotoCoreError
{
    /// <summary>Creates the error.</summary>
    /// <param name="pythonClass">The python exception class: <c>ParseError</c>, <c>LexerError</c>,
    /// <c>IncompleteExpressionError</c>, <c>EmptyExpressionError</c>, <c>ArityError</c>, <c>VariadictArityError</c>,
    /// <c>JMESPathTypeError</c>, <c>UnknownFunctionError</c>, or a bare python error jmespath lets through
    /// (<c>ValueError</c> for a zero slice step, <c>TypeError</c> for ordering a string against a number).</param>
    /// <param name="message">The message, worded as jmespath words it.</param>
    public JmesPathError(string pythonClass, string message)
        : base(message, new (string, object?)[] { ("class", pythonClass) }, null)
    {
        PythonClass = pythonClass;
    }

    /// <summary>The python exception class jmespath raises for this error.</summary>
    public string PythonClass { get; }

    /// <summary>Whether the expression itself is malformed (a <c>ParseError</c> or one of its subclasses).</summary>
    public bool IsSyntaxError => PythonClass is "ParseError" or "LexerError" or "IncompleteExpressionError" or "EmptyExpressionError";
}
