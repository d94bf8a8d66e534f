namespace BotoSharp.Endpoints.Rules;

/// <summary>The rules-engine standard library, resolved from the <c>fn</c> name at parse time.</summary>
internal enum RuleFunction
{
    /// <summary><c>booleanEquals(a, b)</c>.</summary>
    BooleanEquals,

    /// <summary><c>stringEquals(a, b)</c>.</summary>
    StringEquals,

    /// <summary><c>isSet(v)</c>.</summary>
    IsSet,

    /// <summary><c>not(v)</c>.</summary>
    Not,

    /// <summary><c>getAttr(v, path)</c>.</summary>
    GetAttr,

    /// <summary><c>substring(s, start, stop, reverse)</c>.</summary>
    Substring,

    /// <summary><c>uriEncode(s)</c>.</summary>
    UriEncode,

    /// <summary><c>parseURL(s)</c>.</summary>
    ParseUrl,

    /// <summary><c>isValidHostLabel(s, allowSubdomains)</c>.</summary>
    IsValidHostLabel,

    /// <summary><c>aws.partition(region)</c>.</summary>
    AwsPartition,

    /// <summary><c>aws.parseArn(s)</c>.</summary>
    AwsParseArn,

    /// <summary><c>aws.isVirtualHostableS3Bucket(s, allowSubdomains)</c>.</summary>
    AwsIsVirtualHostableS3Bucket,
}
