using System.Xml;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// The XML readers response parsing uses, with ElementTree's rules (no DTD, no resolver, comments and processing
/// instructions skipped, whitespace kept), over a name table kept per thread: a reader's own table costs more to set
/// up than reading a small response does (each new table atomizes the reader's built-in names again).
/// </summary>
/// <remarks>
/// A name table is not thread-safe, and every reader made here is read to its end (or dropped) synchronously on the
/// thread that made it, so one table per thread is never used by two threads. It is replaced every
/// <see cref="DocumentsPerTable"/> documents, so the names of odd responses do not pile up.
/// </remarks>
internal static class XmlReaders
{
    private const int DocumentsPerTable = 1000;

    private static readonly XmlReaderSettings s_template = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    [ThreadStatic]
    private static XmlReaderSettings? t_settings;

    [ThreadStatic]
    private static int t_documents;

    /// <summary>A reader over <paramref name="input"/> (which the reader does not close).</summary>
    public static XmlReader Create(TextReader input)
    {
        var settings = t_settings;
        if (settings is null || ++t_documents > DocumentsPerTable)
        {
            settings = s_template.Clone();
            settings.NameTable = new NameTable();
            t_settings = settings;
            t_documents = 0;
        }
        return XmlReader.Create(input, settings);
    }
}
