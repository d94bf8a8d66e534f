namespace BotoSharp.Models;

/// <summary>An operation's <c>staticContextParams</c> entry: an endpoint parameter with a fixed value.</summary>
/// <param name="Name">The endpoint rule-set parameter name.</param>
/// <param name="Value">The value: a <see cref="bool"/>, a <see cref="string"/> or a list of strings.</param>
public sealed record StaticContextParameter(string Name, object? Value);

/// <summary>A <c>contextParam</c> member trait: an endpoint parameter read from an input member.</summary>
/// <param name="Name">The endpoint rule-set parameter name.</param>
/// <param name="MemberName">The input member supplying it.</param>
public sealed record ContextParameter(string Name, string MemberName);

/// <summary>A service's <c>clientContextParams</c> entry: an endpoint parameter set from client configuration.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Type">Its type (<c>boolean</c> or <c>string</c>).</param>
/// <param name="Documentation">Its documentation.</param>
public sealed record ClientContextParameter(string Name, string Type, string Documentation);

/// <summary>An operation's <c>operationContextParams</c> entry: an endpoint parameter computed by a JMESPath path.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Path">The JMESPath expression over the input parameters.</param>
public sealed record OperationContextParameter(string Name, string Path);
