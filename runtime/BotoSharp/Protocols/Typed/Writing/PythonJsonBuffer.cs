using System.Buffers;
using System.Globalization;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// A growable ASCII byte buffer that writes JSON tokens exactly as Python's <c>json.dumps</c> does with its default
/// separators (<c>", "</c>, <c>": "</c>) and <c>ensure_ascii</c>: the bytes botocore signs. <see cref="System.Text.Json.Utf8JsonWriter"/>
/// cannot write those separators, hence this writer (see DESIGN-NOTES). Arrays come from the shared pool and go back on
/// <see cref="Dispose"/>.
/// </summary>
internal sealed class PythonJsonBuffer : IDisposable
{
    private byte[] _buffer;
    private int _length;

    public PythonJsonBuffer(int capacity = 256)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(capacity);
    }

    /// <summary>The bytes written so far, copied into an array of their exact length.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    /// <summary>How many bytes were written.</summary>
    public int Length => _length;

    /// <summary>The size of the rented array (what a reused buffer holds on to).</summary>
    public int Capacity => _buffer.Length;

    /// <summary>Forgets what was written, keeping the array for the next body.</summary>
    public void Clear() => _length = 0;

    public void Byte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    /// <summary>Writes ASCII text as is (numbers, literals, base64, separators).</summary>
    public void Ascii(string text)
    {
        Ensure(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            _buffer[_length++] = (byte)text[i];
        }
    }

    public void Integer(long value)
    {
        Ensure(20);
        value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>A JSON string with Python's escapes: <c>\"</c>, <c>\\</c>, the short control escapes, and <c>\uXXXX</c> for the rest outside printable ASCII.</summary>
    public void Quoted(string text)
    {
        Ensure(text.Length + 2);
        _buffer[_length++] = (byte)'"';
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': Escape('"'); break;
                case '\\': Escape('\\'); break;
                case '\n': Escape('n'); break;
                case '\r': Escape('r'); break;
                case '\t': Escape('t'); break;
                case '\b': Escape('b'); break;
                case '\f': Escape('f'); break;
                default:
                    if (c < 0x20 || c > 0x7e)
                    {
                        Ensure(6);
                        _buffer[_length++] = (byte)'\\';
                        _buffer[_length++] = (byte)'u';
                        ((int)c).TryFormat(_buffer.AsSpan(_length), out var written, "x4", CultureInfo.InvariantCulture);
                        _length += written;
                    }
                    else
                    {
                        Ensure(1);
                        _buffer[_length++] = (byte)c;
                    }
                    break;
            }
        }
        Byte((byte)'"');
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<byte>();
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Escape(char c)
    {
        Ensure(2);
        _buffer[_length++] = (byte)'\\';
        _buffer[_length++] = (byte)c;
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
