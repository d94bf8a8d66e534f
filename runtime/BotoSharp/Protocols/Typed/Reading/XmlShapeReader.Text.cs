using System.Globalization;
using System.Text;

namespace BotoSharp.Protocols.Typed.Reading;

// The text of a scalar: an element's text as ElementTree gives it, a header value or the status code.
internal sealed partial class XmlShapeReader
{
    private delegate bool SpanParse<T>(ReadOnlySpan<char> text, out T value);

    private T Scalar<T>(Func<string, T> parse) => parse(Text());

    private string ElementText() => _xml!.ElementText(out var chars) ?? new string(chars);

    // An element's scalar parsed from its characters when fast can; the string path otherwise, with the same answer.
    private T Scalar<T>(SpanParse<T> fast, Func<string, T> parse)
    {
        if (_source != ValueSource.Element)
        {
            return parse(Text());
        }
        var text = _xml!.ElementText(out var chars);
        Consumed();
        if (text is not null)
        {
            return parse(text);
        }
        return fast(chars, out var value) ? value : parse(new string(chars));
    }

    // The scalar text botocore reads: an element's text before its first child ("" when none), or a header value.
    private string Text()
    {
        switch (_source)
        {
            case ValueSource.Text when _shape.JsonValue && _shape.Location == "header":
                throw new TypedReadFallback("A jsonvalue header.");
            case ValueSource.Text:
                return _text!;
            case ValueSource.StatusCode:
                return _response.StatusCode.ToString(CultureInfo.InvariantCulture);
            case ValueSource.Body when _response.BodyStream is null:
                return Encoding.UTF8.GetString(_response.BodySegment);
            case ValueSource.Element:
                var text = _xml!.ElementText(out var chars);
                Consumed();
                // An enum's known value is the model's own string: same characters, no new string per item; a value
                // the document repeats (a subnet, a zone, a tag key) is one string.
                return text ?? XmlScalarText.KnownValue(_shape, chars) ?? _xml.StringOf(chars);
            default:
                throw new TypedReadFallback("A scalar read from a streamed body or a header map.");
        }
    }
}
