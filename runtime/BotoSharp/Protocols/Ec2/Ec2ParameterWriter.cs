using System.Collections;
using System.Globalization;
using BotoSharp.Models;
using BotoSharp.Protocols.Query;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Ec2;

/// <summary>
/// The ec2 variant of the query form: a member's name is its <c>queryName</c>, else its <c>locationName</c> with the
/// first letter upper-cased, else the member name; lists are always <c>Name.N</c> (never <c>.member</c>) and an empty
/// list sends nothing at all.
/// </summary>
internal sealed class Ec2ParameterWriter : QueryParameterWriter
{
    /// <summary>Creates a writer that formats timestamps with <paramref name="precision"/>.</summary>
    public Ec2ParameterWriter(TimestampPrecision precision)
        : base(precision)
    {
    }

    /// <inheritdoc />
    protected override string SerializedName(Shape shape, string defaultName)
    {
        if (shape.QueryName is { } queryName)
        {
            return queryName;
        }
        if (shape.LocationName is { Length: > 0 } name)
        {
            return char.ToUpperInvariant(name[0]) + name[1..];
        }
        return defaultName;
    }

    /// <inheritdoc />
    protected override void WriteList(List<KeyValuePair<string, string>> output, IList value, ListShape shape, string prefix)
    {
        for (var i = 0; i < value.Count; i++)
        {
            Write(output, value[i], shape.Member, prefix + "." + (i + 1).ToString(CultureInfo.InvariantCulture));
        }
    }
}
