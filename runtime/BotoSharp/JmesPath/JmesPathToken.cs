namespace BotoSharp.JmesPath;

/// <summary>One lexer token: its jmespath type name (<c>dot</c>, <c>unquoted_identifier</c>, <c>literal</c>…), value and start.</summary>
internal readonly record struct JmesPathToken(string Type, object? Value, int Start);
