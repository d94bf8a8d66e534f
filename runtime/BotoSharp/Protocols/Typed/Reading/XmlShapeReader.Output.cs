using System.Xml;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

internal sealed partial class XmlShapeReader
{
    private string? _requestId;
    private bool _requestIdSeen;
    private bool _rewriting;
    private string? _guardValue;
    private bool _guardSeen;

    /// <summary>
    /// After <see cref="ReadOutput"/>: whether the byte reader read the whole body and found it well-formed with a
    /// root not named <c>Error</c>, which answers S3's 200-with-error check (false when it was not asked or not read).
    /// </summary>
    public bool ProvedNotAnError { get; private set; }

    /// <summary>
    /// Reads the whole response as <paramref name="output"/> with <paramref name="read"/> (the generated
    /// <c>ReadFrom</c>), then the rest of the document, which must be well-formed as the dictionary path requires.
    /// </summary>
    /// <exception cref="TypedReadFallback">The response needs the dictionary path.</exception>
    public object ReadOutput(StructureShape output, string protocol, Func<IShapeReader, object> read)
    {
        try
        {
            _rewriting = _rewrite is not null && _response.BodySegment.AsSpan().IndexOf(_rewrite.GuardElement) >= 0;
            var result = protocol == "rest-xml" ? ReadRest(output, read) : ReadQuery(output, protocol, read);
            while (_xml is not null && _xml.Read())
            {
                if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    _xml.CheckText();
                }
            }
            ProvedNotAnError = _xml is PlainXmlCursor { ReadWholeDocumentWithoutErrorRoot: true };
            if (_rewrite is not null && _rewriting != (_guardSeen && _guardValue == _rewrite.GuardValue))
            {
                throw new TypedReadFallback("The rewrite guard was guessed wrong.");
            }
            if (protocol != "rest-xml")
            {
                _metadata.SetIds(_requestId, null);
            }
            return result;
        }
        finally
        {
            _xml?.Dispose();
        }
    }

    private object ReadRest(StructureShape output, Func<IShapeReader, object> read)
    {
        Push(output, located: true);
        var result = read(this);
        Pop();
        return result;
    }

    // query and ec2: the members are under the resultWrapper element when there is one, else the root; the request
    // id is the root's ResponseMetadata/RequestId (query) or requestId (ec2), first occurrences.
    private object ReadQuery(StructureShape output, string protocol, Func<IShapeReader, object> read)
    {
        var metadataTag = protocol == "ec2" ? "requestId" : "ResponseMetadata";
        if (!OpenBody() || XmlMemberTable.For(output).TryGet(metadataTag, out _))
        {
            throw new TypedReadFallback("An empty query body, or a member named like the request metadata.");
        }
        object? result = null;
        if (output.ResultWrapper is not { } wrapper)
        {
            Push(output).MetadataTag = metadataTag;
            result = read(this);
            Pop();
            return result;
        }
        for (var depth = ChildrenOf(); NextChild(depth);)
        {
            var tag = _xml!.LocalName;
            if (tag == wrapper && result is null)
            {
                Push(output);
                result = read(this);
                Pop();
            }
            else if (tag == metadataTag && !_requestIdSeen)
            {
                CaptureMetadata(tag);
            }
        }
        return result ?? throw new TypedReadFallback($"The response has no <{wrapper}> element.");
    }

    // Reads the request id element (ec2) or the ResponseMetadata element's RequestId (query); empty text is None.
    private void CaptureMetadata(string tag)
    {
        _requestIdSeen = true;
        if (tag == "requestId")
        {
            _requestId = ElementText() is { Length: > 0 } id ? id : null;
            return;
        }
        var found = false;
        for (var depth = ChildrenOf(); NextChild(depth);)
        {
            if (_xml!.LocalName == "RequestId" && !found)
            {
                found = true;
                _requestId = ElementText() is { Length: > 0 } id ? id : null;
            }
        }
    }

    // Headers, then the status code, then the payload member; when the body is not the payload, opens it.
    private string? NextLocated(Frame frame)
    {
        var located = frame.Table.Located;
        while (frame.NextLocated < located.Length)
        {
            var member = located[frame.NextLocated++];
            _shape = member.Shape;
            switch (member.Shape.Location)
            {
                case "statusCode":
                    _source = ValueSource.StatusCode;
                    return frame.Current = member.Name;
                case "headers":
                    _source = ValueSource.HeaderMap;
                    return frame.Current = member.Name;
                default:
                    if (_response.Headers.TryGetValue(member.Shape.LocationName ?? member.Name, out var value))
                    {
                        _source = ValueSource.Text;
                        _text = value;
                        return frame.Current = member.Name;
                    }
                    break;
            }
        }
        if (frame.Shape.Payload is { } payload && frame.Shape.Members.TryGetValue(payload, out var payloadShape))
        {
            if (frame.NextLocated++ > located.Length)
            {
                frame.Phase = Phase.Done;
                return null;
            }
            _shape = payloadShape;
            _source = ValueSource.Body;
            return frame.Current = payload;
        }
        EnterElement(frame, empty: !OpenBody());
        return null;
    }

    // Positions the reader on the body's root element; false for an empty body.
    private bool OpenBody()
    {
        if (_response.BodyStream is not null)
        {
            throw new TypedReadFallback("A streamed body outside the payload.");
        }
        var body = _response.BodySegment;
        if (body.Count == 0)
        {
            return false;
        }
        _xml = _plain ? PlainXmlCursor.Take(body) : new XmlReaderCursor(body);
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    _xml.CheckText();
                    break;
            }
        }
        throw new TypedReadFallback("No element found.");
    }

    private (string Outer, string? Inner)? RewritePath() => _depth switch
    {
        1 => (_frames[0].Current!, null),
        2 => (_frames[0].Current!, _frames[1].Current),
        _ => null,
    };

    private string RewriteString(string text) => _rewriting ? _rewrite!.Transform(text) : text;

    // The guard member (EncodingType) is a top-level string; remember what it really was.
    private void NoteGuard(string text)
    {
        if (_rewrite is not null && _depth == 1 && _frames[0].Current == _rewrite.GuardMember && !_guardSeen)
        {
            _guardSeen = true;
            _guardValue = text;
        }
    }
}
