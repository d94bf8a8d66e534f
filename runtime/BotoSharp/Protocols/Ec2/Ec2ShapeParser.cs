using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Ec2;

/// <summary>Reads ec2 shapes; a modeled error is found under <c>Errors/Error</c> rather than <c>ErrorResponse/Error</c>.</summary>
internal sealed class Ec2ShapeParser : XmlShapeParser
{
    /// <summary>Creates the shape parser.</summary>
    public Ec2ShapeParser(Func<string, object?>? timestampParser, Func<string, object?>? blobParser)
        : base(timestampParser, blobParser)
    {
    }

    /// <inheritdoc />
    protected override XmlNode ErrorRoot(XmlNode original)
    {
        foreach (var child in original.Children)
        {
            if (child.LocalName == "Errors")
            {
                foreach (var error in child.Children)
                {
                    if (error.LocalName == "Error")
                    {
                        return error;
                    }
                }
            }
        }
        return original;
    }
}
