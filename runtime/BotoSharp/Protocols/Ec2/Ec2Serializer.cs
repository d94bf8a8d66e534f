using BotoSharp.Protocols.Query;

namespace BotoSharp.Protocols.Ec2;

/// <summary>
/// botocore's ec2 serializer: the query request with ec2 naming (<c>queryName</c>, capitalised
/// <c>locationName</c>), lists as <c>Name.N</c> and empty lists left out.
/// </summary>
public sealed class Ec2Serializer : QuerySerializer
{
    /// <summary>Creates the serializer.</summary>
    public Ec2Serializer(TimestampPrecision precision = TimestampPrecision.Default)
        : base(precision)
    {
    }

    private protected override QueryParameterWriter CreateWriter() => new Ec2ParameterWriter(Precision);
}
