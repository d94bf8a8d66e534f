namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// Thrown by <see cref="PlainXmlCursor"/> at the first byte outside its subset (or of a malformed document): the
/// typed read starts again over <see cref="System.Xml.XmlReader"/>, which reads the same bytes with its own checks,
/// so values and errors stay the reader's.
/// </summary>
internal sealed class OutsidePlainXml : Exception
{
    /// <summary>Creates the signal; <paramref name="reason"/> is for debugging only.</summary>
    public OutsidePlainXml(string reason)
        : base(reason)
    {
    }
}
