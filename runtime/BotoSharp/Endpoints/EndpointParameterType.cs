namespace BotoSharp.Endpoints;

/// <summary>The type of a rule-set parameter (the data spells these in any case: <c>String</c>, <c>boolean</c>…).</summary>
public enum EndpointParameterType
{
    /// <summary><c>string</c>: a <see cref="string"/> value.</summary>
    String,

    /// <summary><c>boolean</c>: a <see cref="bool"/> value.</summary>
    Boolean,

    /// <summary><c>stringArray</c>: a list of strings (botocore: a tuple).</summary>
    StringArray,
}
