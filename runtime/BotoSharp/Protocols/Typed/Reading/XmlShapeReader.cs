using System.Xml;
using BotoSharp.Clients;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// The typed reader for XML responses (rest-xml, query, ec2): one forward pass over an <see cref="XmlReader"/>,
/// guided by the runtime model, with botocore's XML rules — members found by namespace-stripped tag, the first
/// occurrence of a repeated member wins except for flattened lists and maps, which collect every occurrence; an empty
/// element is an empty string; only <c>true</c> is true. Structures are frames on a reused stack, so reading
/// allocates only the values it returns.
/// </summary>
internal sealed partial class XmlShapeReader : IShapeReader
{
    private readonly ProtocolResponse _response;
    private readonly StringRewrite? _rewrite;
    private readonly ResponseMetadata _metadata;
    private readonly List<Frame> _frames = new();
    private readonly bool _plain;
    private XmlCursor? _xml;
    private int _depth;
    private Shape _shape;
    private ValueSource _source;
    private string? _text;

    /// <summary>
    /// Creates a reader over a 2xx response whose output shape is <paramref name="output"/>; with
    /// <paramref name="plain"/> the body is read by <see cref="PlainXmlCursor"/> (which may throw
    /// <see cref="OutsidePlainXml"/>), else by <see cref="XmlReader"/>.
    /// </summary>
    public XmlShapeReader(ProtocolResponse response, StructureShape output, ResponseMetadata metadata, StringRewrite? rewrite, bool plain)
    {
        _plain = plain;
        _response = response;
        _shape = output;
        _rewrite = rewrite;
        _metadata = metadata;
    }

    private enum ValueSource
    {
        Element,
        Text,
        Body,
        StatusCode,
        HeaderMap,
    }

    private enum Phase
    {
        Located,
        Attributes,
        Children,
        Done,
    }

    /// <inheritdoc />
    public ResponseMetadata? ResponseMetadata => _depth <= 1 ? _metadata : null;

    private Frame Top => _frames[_depth - 1];

    /// <inheritdoc />
    public string? NextMember()
    {
        var frame = Top;
        switch (frame.Phase)
        {
            case Phase.Located:
                // Headers, status code and payload first; then the body's members, if the body is not the payload.
                return NextLocated(frame) ?? NextMember();
            case Phase.Attributes when frame.NextAttribute() is { } attribute:
                _shape = attribute.Member.Shape;
                _source = ValueSource.Text;
                _text = attribute.Value;
                return frame.Current = attribute.Member.Name;
            case Phase.Attributes:
                frame.Phase = Phase.Children;
                goto case Phase.Children;
            case Phase.Children:
                return NextChild(frame);
            default:
                return null;
        }
    }

    // The next element of the structure that is one of its members; null (and the union check) at its end.
    private string? NextChild(Frame frame)
    {
        if (frame.Empty)
        {
            return Finish(frame);
        }
        var xml = _xml!;
        if (frame.Pending)
        {
            SkipElement();
            frame.Pending = false;
        }
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (MemberAt(frame, xml.LocalName) is { } member)
                    {
                        _shape = member.Shape;
                        _source = ValueSource.Element;
                        frame.Pending = true;
                        return frame.Current = member.Name;
                    }
                    SkipElement();
                    break;
                case XmlNodeType.EndElement:
                    return Finish(frame);
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    // Read as the dictionary path reads it, so malformed text fails the same way.
                    xml.CheckText();
                    break;
            }
        }
        throw new TypedReadFallback("The document ended inside a structure.");
    }

    // Decides what the element tagged tag is for this structure: a member to yield, or null to skip it.
    private XmlMember? MemberAt(Frame frame, string tag)
    {
        frame.NoteUnionTag(tag);
        if (frame.CapturesMetadata(tag))
        {
            CaptureMetadata(tag);
            return null;
        }
        if (!frame.Table.TryGet(tag, frame.LastMember, out var member))
        {
            return null;
        }
        frame.LastMember = member;
        if (frame.Seen[member.Index] && !member.Repeats)
        {
            // botocore reads the first of repeated scalars and structures; a repeated list or map wrapper it reads
            // in a way only the dictionary path reproduces.
            return member.Shape is ListShape or MapShape
                ? throw new TypedReadFallback($"Repeated <{tag}> wrapper.")
                : null;
        }
        frame.Seen[member.Index] = true;
        return member;
    }

    private static string? Finish(Frame frame)
    {
        frame.Phase = Phase.Done;
        if (frame.Shape.IsUnion && !frame.HasOneUnionTag)
        {
            throw new TypedReadFallback($"The union {frame.Shape.Name} does not have exactly one member.");
        }
        return null;
    }

    // Enters the structure whose element the reader is on (or the empty body) and returns its frame.
    private Frame Push(StructureShape shape, bool located = false, bool empty = false)
    {
        if (_depth == _frames.Count)
        {
            _frames.Add(new Frame());
        }
        var frame = _frames[_depth++];
        var table = XmlMemberTable.For(shape);
        if (table.SharesTags)
        {
            throw new TypedReadFallback($"Members of {shape.Name} share a tag.");
        }
        frame.Reset(shape, table, located ? Phase.Located : Phase.Attributes);
        if (!located)
        {
            EnterElement(frame, empty);
        }
        return frame;
    }

    // The frame's members now come from the element the reader is on (or from nothing, for an empty body).
    private void EnterElement(Frame frame, bool empty)
    {
        frame.Empty = empty || _xml!.IsEmptyElement;
        frame.Phase = Phase.Attributes;
        if (!frame.Empty && frame.Table.Attributes.Length > 0)
        {
            frame.CollectAttributes(_xml!);
        }
    }

    private void Pop()
    {
        _depth--;
        if (_depth > 0)
        {
            Top.Pending = false;
        }
    }

    // Moves past the element the reader is on (its subtree too), leaving the reader on its last node; an element
    // already read to its end is left as it is.
    private void SkipElement()
    {
        var xml = _xml!;
        if (xml.NodeType != XmlNodeType.Element || xml.IsEmptyElement)
        {
            return;
        }
        var depth = xml.Depth;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                return;
            }
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                xml.CheckText();
            }
        }
        throw new TypedReadFallback("The document ended inside an element.");
    }
}
